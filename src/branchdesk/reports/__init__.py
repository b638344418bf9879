"""Printed forms: document data in, PDF bytes out (reportlab platypus; no Qt, no database).

``documents`` holds the frozen document dataclasses the services fill; ``fonts``, ``styles``,
``canvas`` and ``base`` are the engine every form uses; ``<name>_pdf.render(doc) -> bytes`` draws
one form. See docs/architecture.md, "Printing".
"""
