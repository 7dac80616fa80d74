"""`kiosk bench`: the speed figures of every capability, measured on generated data."""
