"""Briefings drafted from news articles (quotes, speakers, parties, candidate consequences),
articles merged into existing briefings, sources archived, skeletons for a new briefing."""
