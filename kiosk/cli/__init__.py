"""The `kiosk` command line: one module per command group; `main` holds the parser and the dispatch."""
