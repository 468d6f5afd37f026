"""Pictures out of a Word document with every byte of metadata left behind.

Each picture is decoded and re-encoded from its pixels alone: EXIF (camera, GPS, owner),
XMP, IPTC, ICC profiles, PNG text chunks and comments are not carried over. A photograph's
EXIF orientation is applied first, so it still looks the way it did in Word. PNG, GIF, BMP
and TIFF become PNG (lossless, the same pixels); JPEG stays JPEG, re-encoded with its own
quantisation tables so that the picture is not degraded further.
"""

from __future__ import annotations

import io
import warnings

from PIL import Image, ImageOps

# A picture larger than this is more likely a decompression bomb than a figure.
MAX_PIXELS = 60_000_000


class ImageError(Exception):
    """The picture cannot be imported; the message says why, for the author."""


def clean_image(blob: bytes) -> tuple[bytes, str]:
    """(bytes, file extension) of the picture re-encoded without metadata."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            source = Image.open(io.BytesIO(blob))
            if source.width * source.height > MAX_PIXELS:
                raise ImageError("the picture is too large to import")
            fmt = source.format
            source.load()
    except ImageError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ImageError("the picture is too large to import") from None
    except Exception:
        # EMF and WMF (Office vector drawings) and SVG cannot be read here.
        raise ImageError(
            "a vector or unknown picture format; save it as PNG and insert that"
        ) from None
    if getattr(source, "n_frames", 1) > 1:
        source.seek(0)
    picture = ImageOps.exif_transpose(source)
    out = io.BytesIO()
    if fmt == "JPEG":
        pixels = _pixels_only(picture)
        try:
            pixels.save(out, "JPEG", **_jpeg_args(source))
        except (ValueError, OSError):
            out = io.BytesIO()
            pixels.save(out, "JPEG", quality=95)
        return out.getvalue(), "jpg"
    pixels = _pixels_only(picture)
    if pixels.mode not in ("1", "L", "LA", "P", "RGB", "RGBA", "I", "I;16"):
        pixels = pixels.convert("RGBA")
    pixels.save(out, "PNG")
    return out.getvalue(), "png"


def _jpeg_args(source: Image.Image) -> dict:
    """The source's own quantisation tables and subsampling: no further loss of quality."""
    from PIL import JpegImagePlugin

    tables = getattr(source, "quantization", None)
    if not tables:
        return {"quality": 95}
    args: dict = {"qtables": tables}
    sampling = JpegImagePlugin.get_sampling(source)
    if sampling >= 0:
        args["subsampling"] = sampling
    return args


def _pixels_only(picture: Image.Image) -> Image.Image:
    """A new image holding the pixels (and palette) and nothing else."""
    clean = Image.frombytes(picture.mode, picture.size, picture.tobytes())
    if picture.mode in ("P", "PA"):
        palette = picture.getpalette()
        if palette:
            clean.putpalette(palette)
        if "transparency" in picture.info:
            clean.info["transparency"] = picture.info["transparency"]
    return clean
