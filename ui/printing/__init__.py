"""Printing from the window: the print worker process beside it and Qt's system printers."""
