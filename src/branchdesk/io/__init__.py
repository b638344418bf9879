"""Spreadsheet translators: .xlsx files in and out, as plain Python rows (style.md point 19).

Nothing here validates a member or touches the database; the domain checks the rows and the
services assemble previews. Import with absolute names (``from branchdesk.io import layouts``) so
that this package never shadows the standard ``io`` module.
"""
