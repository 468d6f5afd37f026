"""Write small PDFs with page text, annotations and document info, without a PDF library."""

from __future__ import annotations


def _literal(text: str) -> str:
    return "(" + text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"


def make_pdf(
    page_text: str = "Learning review chart",
    *,
    annotation: str | None = None,
    annotation_author: str | None = None,
    info: dict[str, str] | None = None,
) -> bytes:
    """A one-page PDF showing ``page_text``, optionally with a text annotation (a comment)
    and document info entries."""
    stream = f"BT /F1 12 Tf 72 712 Td {_literal(page_text)} Tj ET".encode("latin-1")
    annots = ""
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        None,  # the page, below
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        f"<< /Length {len(stream)} >>\nstream\n{stream.decode('latin-1')}\nendstream",
    ]
    if annotation is not None or annotation_author is not None:
        fields = [f"/Contents {_literal(annotation or '')}"]
        if annotation_author:
            fields.append(f"/T {_literal(annotation_author)}")
        objects.append(
            "<< /Type /Annot /Subtype /Text /Rect [100 100 120 120] " + " ".join(fields) + " >>"
        )
        annots = f" /Annots [{len(objects)} 0 R]"
    objects[2] = (
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        f"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R{annots} >>"
    )
    info_ref = ""
    if info:
        objects.append("<< " + " ".join(f"/{k} {_literal(v)}" for k, v in info.items()) + " >>")
        info_ref = f" /Info {len(objects)} 0 R"
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R{info_ref} >>\nstartxref\n{xref}\n%%EOF\n"
    ).encode()
    return bytes(out)
