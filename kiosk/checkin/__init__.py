"""Check-in: the rules of one scan or tap, the e-mail confirmation after a name search, and the reports
of who arrived when."""
