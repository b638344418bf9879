"""Pure domain rules: no Qt, no SQL, no files; the standard library (and pypinyin for names)."""
