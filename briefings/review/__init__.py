"""Review of drafted material: list what is proposed, accept it into the brief or reject it for good."""
