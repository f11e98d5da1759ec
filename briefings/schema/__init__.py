"""What a briefing and a workspace configuration may contain: pydantic models and the
constrained types they share. Everything downstream trusts what these models accepted."""
