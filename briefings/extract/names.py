"""A mention built from the words of a capitalised run: a person (titles split off, the last
three words of the name kept), a one-word name, or an organisation; and a name's surname.

The run comes from :class:`briefings.extract.mentions.MentionFinder`; the rule for what it may
be is here, in one place, for the finder and for the steps that rebuild a name
(:mod:`briefings.extract.fullnames`, :mod:`briefings.extract.resolve`).
"""

from __future__ import annotations

import re

from briefings.extract.actors import country_or_organisation
from briefings.extract.country_runs import is_formal_country_name
from briefings.extract.lexicon import union, words
from briefings.extract.mention import Mention
from briefings.extract.shape import is_descriptor

_POSSESSIVE_END = re.compile(r"['’]s$")
_LEADING_THE = re.compile(r"^(?:The)\s+")
_DOCUMENT_TAIL = re.compile(r"\s+(?:report|study|survey|statement|poll|analysis)$", re.IGNORECASE)
_GENDER = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "lord": "m", "sir": "m", "shri": "m", "smt": "f",
           "lady": "f", "dame": "f", "baroness": "f", "sheikh": "m", "sheikha": "f", "daw": "f", "u": "m",
           "datin": "f", "alhaji": "m", "hajia": "f", "begum": "f", "maulana": "m"}
_ARABIC_ARTICLE = re.compile(r"(?:al|el)(?:-|$)")  # "Al Jaber", "al-Sabah", "El-Sisi"
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})  # they end a name and do not count as one of its words


PATRONYMICS = frozenset({"bin", "bint", "binti", "ibn"})  # "son/daughter of", between two names


def _name_words(tokens: list[str]) -> list[str]:
    """The last three words of a name, not counting a suffix ("Robert P. Casey Jr.") nor
    particles ("Jean-Marc de La Sabliere"); a run of exactly four keeps all ("Ana Luisa Paz Gomes").
    A chain of Arabic patronymics is kept whole back to the given name: "Mohammed bin Abdulrahman
    bin Jassim Al-Thani" was named `Abdulrahman bin Jassim Al-Thani`, and "Sheikh Mohammed" then
    went to another man whose father's name was Mohammed (0.99)."""
    counted, k = 0, len(tokens)
    while k > 0 and counted < 3:
        k -= 1
        word = tokens[k].lower().rstrip(".")
        if word not in NAME_SUFFIXES and word not in words("name_particles"):
            counted += 1
    while k >= 2 and tokens[k - 1].lower() in PATRONYMICS:
        k -= 2  # "Mohammed bin [Abdulrahman bin Jassim Al-Thani]"
    return tokens if k == 1 else tokens[k:]


def personal_initials(run: list[str]) -> bool:
    """Whether a run's opening initialism is someone's initials ("A.K. Antony", "P.J. Kurien"):
    two or three letters that stand for no country or body, before a name of one or two words
    that holds no title, body or role word ("the U.S. Senate", "U.A.E. Ambassador X"), and no
    style ("H.E.", His or Her Excellency)."""
    initials, rest = run[0], run[1:]
    lowered = {w.lower().rstrip(".") for w in rest}
    return len(initials) <= 6 and 1 <= len(rest) <= 2 and country_or_organisation(initials) is None and \
        initials.lower().rstrip(".") not in words("honorifics") and \
        not lowered & union("title_words", "org_words", "role_nouns", "abbreviated_titles")  # "H.E. X Y": a style


def surname_of(name: str) -> str:
    """The last word of a name that is not a suffix: "Robert P. Casey Jr" → "Casey"."""
    tokens = name.split()
    while len(tokens) > 1 and tokens[-1].lower().rstrip(".") in NAME_SUFFIXES:
        tokens = tokens[:-1]
    return tokens[-1] if tokens else ""


def build_name_mention(start: int, end: int, surface: str) -> Mention | None:
    """A person, one-word name or organisation mention from a capitalised run."""
    possessive = surface.endswith(("'s", "’s"))
    core = _POSSESSIVE_END.sub("", surface)
    tokens = core.split()
    lowered = [t.lower().rstrip(".") for t in tokens]
    honorific = lowered[0] in words("honorifics")
    ranks = words("abbreviated_titles") - words("honorifics")
    k = 0
    while k < len(tokens) - 1 and (lowered[k] in ranks or _hyphened_rank(lowered[k], ranks)):  # "Lt Col X"
        lowered[k] = "president" if lowered[k] == "pres" else "minister"
        k += 1
    gender = _GENDER.get(lowered[0], "")
    styles = honorifics_opening(tokens)
    if not styles and lowered[0] in words("styles_also_names"):
        gender = ""  # "U. Alexis Johnson", "Sultan Al Jaber": a given name or an initial tells nothing
    honorific = styles > 0 or honorific and len(tokens) == 1  # "Mr." alone
    roles = [t for t in tokens[:styles] if t.lower() in words("role_nouns")]  # "Emir", "Cardinal": "the emir"
    tokens, lowered = tokens[styles:], lowered[styles:]
    # "Speaker of Parliament X Y": the holder, not the body
    body = _is_organisation(tokens, lowered) and not _holder_after_titled_body(tokens, lowered)
    if body or is_formal_country_name(tokens):
        name = _LEADING_THE.sub("", " ".join(tokens))
        name = _DOCUMENT_TAIL.sub("", name)
        return Mention(start, end, surface, "org", name=name, possessive=possessive)
    mention = _person_mention(start, end, surface, tokens, lowered, honorific=honorific,
                              gender=gender, possessive=possessive)
    return _with_roles(mention, roles)


def _hyphened_rank(word: str, ranks: frozenset[str]) -> bool:
    """ "Maj-Gen", "Lt-Gen", "Brig-Gen": a rank written with a hyphen, every part a rank or a
    title word, is a title, not the first of the name's words ("Lt-Gen X" was X's full name)."""
    parts = [part.rstrip(".") for part in word.split("-")]
    return len(parts) > 1 and all(part in ranks or part in words("title_words") for part in parts)


def _with_roles(mention: Mention | None, roles: list[str]) -> Mention | None:
    """The person with the styles that are roles ("Emir", "Cardinal") first among their titles,
    so that "the cardinal" names them."""
    if mention is not None and roles:
        mention.titles, mention.titles_raw = [r.lower() for r in roles] + mention.titles, roles + mention.titles_raw
    return mention


def honorifics_opening(tokens: list[str]) -> int:
    """How many words at the start of a name are honorifics or styles ("Mr", "Sheikh", "Tan Sri",
    "Datuk Seri", "Grand Ayatollah", "Daw"), one name word always left: dropped, as the name
    is written without them. A style that is also a given name ("Emir", "Sultan", "U", "Pak") is
    one only before a given name: not before "Al Jaber" (a family name) nor, for "Pak", before a
    Korean given name ("Pak Pong-ju") or two more words; "U." with a stop is an initial."""
    lowered = [t.lower().rstrip(".") for t in tokens]
    if len(tokens) == 2 and lowered[1] in union("org_words", "portfolio_words"):
        return 0  # "Cardinal Health", "Imam Hospital": a body's name
    k = 0
    while k < len(tokens) - 1:
        pair = f"{lowered[k]} {lowered[k + 1]}"
        size = 2 if pair in words("honorifics") and k + 2 < len(tokens) else 1
        if size == 1 and not (lowered[k] in words("honorifics") and _style_before(tokens, k)):
            break
        k += size
    return k


def _style_before(tokens: list[str], k: int) -> bool:
    """Whether the honorific ``tokens[k]`` is a style here, not a given name or an initial."""
    low, following = tokens[k].lower().rstrip("."), tokens[k + 1]
    if low not in words("styles_also_names"):
        return True
    if low == "u" and tokens[k] != "U":
        return False  # "U. Alexis Johnson": an initial
    if low == "pak" and ("-" in following or len(tokens) - k > 2):
        return False  # "Pak Pong-ju", "Pak Pong Ju": a Korean family name
    return not _family_name_after_style([t.lower() for t in tokens], k)


def _family_name_after_style(lowered: list[str], k: int) -> bool:
    """ "Sultan Al Jaber": a style that is also a given name, before a family name (its "Al"),
    is his given name."""
    return lowered[k] in words("styles_also_names") and k + 1 < len(lowered) and \
        _ARABIC_ARTICLE.match(lowered[k + 1]) is not None


def _is_organisation(tokens: list[str], lowered: list[str]) -> bool:
    has_title = any(t in words("title_words") for t in lowered[:-1]) or _title_cut(lowered) > 0  # "Kremlin Spokesman X"
    orgs = words("org_words")
    if lowered[-1] in orgs or (any(t in orgs for t in lowered) and not has_title):
        return True
    if has_title and any(t in orgs for t in lowered[_title_cut(lowered):]):
        return True  # "Prime Minister Office Media Wing": a body after the title, no one's name
    if any(t in orgs and after in ("of", "for") for t, after in zip(lowered, lowered[1:], strict=False)):
        return True  # "Finance Ministry of Valdonia", "Bank of Fenwick", "Observatory for Human Rights"
    return len(tokens) == 1 and tokens[0].isupper() and len(tokens[0]) > 1


def _holder_after_titled_body(tokens: list[str], lowered: list[str]) -> bool:
    """A title whose "of" or "for" names a body or place, then two name words or more: "Speaker of
    Parliament Nabih Berri", "Office of the President of Ukraine Andriy Yermak" (after "Head of
    the"). The body's word made the whole run a body, so its holder went unread and the cue's
    subject was none. The title has a title word or role noun; the name's words are capitalised
    and are no body, title, role or portfolio words ("Finance Ministry of Valdonia", "Bank of
    Fenwick", "Office of the High Commissioner for Human Rights" stay bodies)."""
    cut = _title_cut(lowered)
    cut += _country_after_link(tokens, lowered, cut)
    cut += _domain_after_link(tokens, lowered, cut)
    name = tokens[cut:]
    if not cut or len(name) < 2 or not {"of", "for"} & set(lowered[:cut]) or \
            not union("title_words", "role_nouns") & set(lowered[:cut]):
        return False
    barred = union("org_words", "title_words", "role_nouns", "portfolio_words")
    return all(t[:1].isupper() or t in words("name_particles") for t in name) and \
        not barred & set(lowered[cut:]) and country_or_organisation(" ".join(name)) is None


def _title_cut(lowered: list[str], honorific: bool = False) -> int:
    """Where the titles before a name end: after the last title word ("of" and "for" inside a
    title: "Minister for Foreign Affairs"), or role noun or descriptor that two words follow."""
    cut = 0
    for k, low in enumerate(lowered):
        if _surname_like_title(lowered, k, cut, honorific):
            continue  # "Rep. Peter King", "Peter T. King": a family name that is also a title
        if low in ("of", "for") or low in union("title_words", "abbreviated_titles") and \
                not (low in words("abbreviated_titles") and k == len(lowered) - 1 and k > cut):
            cut = k + 1  # not a short title last, after a name: "Nakatani Gen", "Hun Sen" are names
        elif (low in words("role_nouns") or is_descriptor(low)) and len(lowered) - k - 1 >= 2 and \
                not _family_name_after_style(lowered, k):
            cut = k + 1
        elif _portfolio_after_link(lowered, k, cut):
            cut = k + 1
    return cut


def _surname_like_title(lowered: list[str], k: int, cut: int, honorific: bool) -> bool:
    """Whether a title word that ends the run is the holder's family name ("King", "Bishop",
    "Prince"): it follows a name word, and a title or an honorific before that word, or an
    initial right before it, shows the run to be a person's name ("Rep. Peter King", "Rev.
    Martin Luther King", "Peter T. King"), not a body's title ("Tesla President", "Saudi Crown
    Prince")."""
    if k != len(lowered) - 1 or k <= cut or lowered[k] not in words("title_words"):
        return False
    before = lowered[k - 1]
    titled = cut > 0 and lowered[cut - 1] in union("title_words", "abbreviated_titles")  # not "Saudi"
    return titled or honorific or (len(before) == 1 and before.isalpha())


def title_ends_as_surname(tokens: list[str]) -> bool:
    """Whether the last word of a capitalised run is a family name that is also a title ("Gov.
    Walter King", "Rep. Steve King" before "of Iowa"), by :func:`_surname_like_title`: an "of"
    after it links no title to a place."""
    lowered = [t.lower().rstrip(".") for t in tokens]
    honorific = bool(lowered) and lowered[0] in words("honorifics")
    last = len(lowered) - 1
    return last > 0 and _surname_like_title(lowered, last, _title_cut(lowered[:last], honorific), honorific)


def _portfolio_after_link(lowered: list[str], k: int, cut: int) -> bool:
    """ "Chief of Staff Anna Berg", "Minister for Housing Ida Lund": the portfolio's words right
    after the title's "of"/"for" belong to the title, not to the name, when two words follow."""
    if k != cut or k == 0 or len(lowered) - k - 1 < 2:
        return False
    portfolio = words("portfolio_words")
    return lowered[k] in portfolio and (lowered[k - 1] in ("of", "for") or lowered[k - 1] in portfolio)


def _country_after_link(tokens: list[str], lowered: list[str], cut: int) -> int:
    """How many words after a title's "of"/"for" name a country, when two words are left after
    them: "Prime Minister of Trinidad and Tobago Anya Rowley" was named `Tobago Anya Rowley`."""
    if not cut or lowered[cut - 1] not in ("of", "for"):
        return 0
    for size in (3, 2):  # one-word countries are left to the portfolio rules
        if len(tokens) - cut - size >= 2 and (found := country_or_organisation(" ".join(tokens[cut:cut + size]))) \
                and found[1] == "country":
            return size
    return 0


def _domain_after_link(tokens: list[str], lowered: list[str], cut: int) -> int:
    """1 when the title ends with "of"/"for" and two words or more follow: the first is the
    title's place or domain, never the holder's name ("Mayor of London Sadiq X", "Archbishop of
    Canterbury Justin X", "Bishop of Rome Francis", "President of Iran Hassan X"); else 0."""
    return int(bool(cut) and lowered[cut - 1] in ("of", "for") and len(tokens) - cut >= 2)


def _titles_only(tokens: list[str], lowered: list[str], cut: int) -> bool:
    """ "Sirius XM Vice President": a title without its holder; a transcript's "Official
    Spokesperson:": role nouns and title words only, no one's name."""
    return len(tokens) > 1 and (cut >= len(tokens) or all(t in union("role_nouns", "title_words") for t in lowered))


def _person_mention(start: int, end: int, surface: str, tokens: list[str], lowered: list[str], *,
                    honorific: bool, gender: str, possessive: bool) -> Mention | None:
    cut = _title_cut(lowered, honorific)
    cut += _country_after_link(tokens, lowered, cut)  # "Prime Minister of Trinidad and Tobago X"
    cut += _domain_after_link(tokens, lowered, cut)  # "Mayor of London X Y": the title's place
    if cut:
        cut += honorifics_opening(tokens[cut:])  # "Foreign Minister Datuk Seri X", "Emir Sheikh X"
    if not honorific and _titles_only(tokens, lowered, cut):
        return None
    name_tokens = tokens[cut:] if cut < len(tokens) else tokens[-1:]
    titles = [t.lower() for t in tokens[:cut]]
    name = " ".join(_name_words(name_tokens))
    noble = lowered[0] in words("nobility")
    kind = "person" if (honorific or cut or len(name_tokens) >= 2 or noble) else "name1"
    shown = name if cut and not honorific else surface  # "Defence Minister Hulusi Akar" → name
    mention = Mention(start, end, shown, kind, name=name, titles=titles, possessive=possessive,
                      gender=gender, titles_raw=list(tokens[:cut]))
    if noble and cut == 0:
        mention.name = " ".join(tokens[:3])
    return mention
