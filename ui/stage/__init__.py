"""The stage display of live polls: its window, the board and what it draws, and the feed it reads."""
