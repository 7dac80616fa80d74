"""Tickets: their codes (generated secrets and what a scanner reads), QR files and PDF tickets for mailing."""
