"""Small helpers every capability uses: times, CSV files for spreadsheets, where the resources are."""
