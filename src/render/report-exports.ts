// The report renderers, for the command line (filled in by issue 14).
export {}
