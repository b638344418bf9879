"""Use cases: one short session per call, one unit of work, plain data returned."""
