"""Decision flows as data: load a YAML flow, validate it, render it three ways."""
