""""Mein Digital, Dein Digital" topics: what guests pick, and the counts staff see."""
