"""The staff desk: attendees, badges and corrections, the print queue, topics, arrivals."""
