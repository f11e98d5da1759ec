"""Files as every stage must touch them: paths confined to a folder (links resolved), regular
files read without following links and within a size cap (:mod:`.paths`), and outputs written
atomically under a lock (:mod:`.writing`).

A low layer of its own because loading, building, drafting, ingest, review and delivery all
need the same rules: kept inside one stage, each other stage's use of it was an accident of the
layer contract, and a second copy had already appeared (a capped reader in ingest).
"""
