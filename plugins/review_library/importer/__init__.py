"""``review-library import``: bring a Word report in as a draft review, refusing hidden content.

Modules, one job each: ``package`` opens the .docx safely, ``hidden`` finds what a reader
would not see (and refuses it), ``styles`` and ``numbering`` answer what Word shows,
``convert`` and ``tables`` write the Markdown, ``images`` strips picture metadata,
``template`` builds the front matter, ``command`` is the command line.
"""
