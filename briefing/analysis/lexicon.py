"""Word lists for the rule-based fact finders: titles, organisation heads, places.

Small on purpose: releases from foreign ministries and international organisations use
a narrow vocabulary of offices, and a short list that is right beats a long one that
guesses. Add words here, not regexes elsewhere.
"""

from __future__ import annotations

# Heads of role phrases, longest first so "Prime Minister" wins over "Minister".
TITLE_HEADS = (
    "Under-Secretary-General", "Assistant Secretary-General", "Deputy Secretary-General",
    "Secretary-General", "Prime Minister", "Vice-President", "Vice President",
    "High Representative", "Special Representative", "Special Envoy", "Director-General",
    "Foreign Minister", "Minister", "Secretary", "President", "Ambassador", "Spokesperson",
    "Spokesman", "Spokeswoman", "Envoy", "Chancellor", "Chairperson", "Chairman", "Chair",
    "Director", "Commissioner", "Governor", "Senator", "King", "Queen", "Premier",
    "Representative", "Speaker", "Press Officer", "Officer", "Mayor", "Coordinator", "Rapporteur",
    # French and Spanish
    "Secrétaire général", "Secretario General", "Ministre", "Ministro", "Ministra",
    "Président", "Presidente", "Presidenta", "Canciller", "Embajador", "Embajadora",
    "Ambassadeur", "Vicepresidente", "Portavoz", "Porte-parole",
)  # fmt: skip
# Words that may stand before a title head ("National Defense Minister", "UN Secretary-General").
TITLE_MODIFIERS = (
    "Foreign", "Defense", "Defence", "National", "Deputy", "Vice", "First", "Permanent",
    "Assistant", "Acting", "Senior", "Chief", "Executive", "Trade", "Finance", "Unification",
    "Interior", "Home", "Prime", "Special", "Parliamentary", "Former", "Japanese", "Korean",
    "Chinese", "French",
    "British", "German", "Russian", "American", "Spanish", "Italian", "Indian", "Uruguayan",
    "Venezuelan", "Georgian", "Ukrainian", "Australian", "Canadian", "European",
)  # fmt: skip
# Organisations and states named as a prefix of a title: "UN Secretary-General".
ORG_PREFIXES = ("UN", "U.N.", "EU", "E.U.", "ROK", "US", "U.S.", "UK", "U.K.", "NATO", "DPRK")
# Capitalised words that belong to the "of ..." part of a role, not to the name after it
# ("Minister of Foreign Affairs Chung Eui-yong").
COMPLEMENT_WORDS = frozenset("""
    Foreign Affairs National Defense Defence European Europe Council Public Relations Security
    Policy Political Peacebuilding Middle East Asia Pacific State Trade Unification Justice
    Finance Economy Economic Home Health Interior Commission Union Nations United Department
    Ministry Peacekeeping Peace Operations Operational Support Management Strategy Compliance
    Development Environment Culture Education Energy Industry Agriculture Gender Equality
    Women Family Human Rights Legal Disarmament Humanitarian Global Communications Information
    Government General Assembly Parliament Office Africa Americas Latin America Caribbean
    Commerce Science Technology Planning Strategic Investment Labour Labor Employment Welfare
    Transport Land Infrastructure Oceans Fisheries Veterans Patriots Gender Crime Prevention
    International Cooperation Multilateral Bilateral Overseas Koreans Korean Peninsula
    Relaciones Exteriores Asuntos Affaires Étrangères Etrangères Défense
""".split())  # fmt: skip
HONORIFICS = (
    "Mr.", "Ms.", "Mrs.", "Mr", "Ms", "Mrs", "Dr.", "Prof.", "H.E.", "Sir", "Dame", "Mme",
    "M.", "Sr.", "Sra.", "Dña.",
)
# Tokens that look like names (capitalised) but never are.
NOT_NAMES = frozenset("""
    The A An He She His Her It Its They Their We Our In On At For And Of To By With From
    This That These Those Mr Ms Mrs Dr UN EU US ROK DPRK Government Ministry Department
    Council Committee Office Korea Korean Peninsula Japan France Minister President
    Secretary-General January February March April May June July August September October
    November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday Meanwhile
    However Also Through During After Before Today Yesterday Seoul Initiative Ministerial
    Press Release Statement Parliament Republic Federation Union States Nations Spokesperson
    Spokesman Ambassador Envoy Mission El La Le Los Las Les
""".split())  # fmt: skip
# Heads of organisation names, English then French/Spanish.
ORG_HEADS = (
    "Ministry", "Department", "Departments", "Council", "Committee", "Commission",
    "Parliament", "Assembly", "Office", "Agency", "Organization", "Organisation", "Union",
    "Nations", "Secretariat", "Bank", "Fund", "Court", "Service", "Mission", "Delegation",
    "Embassy", "Forces", "Programme", "Program", "Alliance", "Institute", "Centre", "Center",
)  # fmt: skip
ORG_HEADS_ROMANCE = (
    "Ministerio", "Ministère", "Gobierno", "Gouvernement", "Consejo", "Conseil", "Dirección",
    "Direction", "Comité", "Comisión", "Commission", "Asamblea", "Assemblée", "Organización",
    "Cancillería", "Parlamento", "Embajada", "Ambassade",
)  # fmt: skip
# Acronyms that are organisations when they stand alone.
ORG_ACRONYMS = frozenset("""
    UN EU NATO ASEAN OSCE UNESCO IAEA WHO WTO IMF OECD ICJ ICC UNICEF UNHCR UNDP AU G7 G20
    IHP EUBAM AFET UNSG C34 A4P
""".split())  # fmt: skip
# A small gazetteer: states (English, French, Spanish forms) and capitals/cities that
# releases name. Multi-word entries are matched as phrases.
PLACES = frozenset("""
    Afghanistan Albania Algeria Argentina Armenia Australia Austria Azerbaijan Bangladesh
    Belarus Belgium Bolivia Brazil Bulgaria Cambodia Canada Chile China Colombia Croatia Cuba
    Cyprus Denmark Ecuador Egypt Estonia Ethiopia Finland France Georgia Germany Ghana Greece
    Hungary India Indonesia Iran Iraq Ireland Israel Italy Japan Jordan Kazakhstan Kenya
    Korea Kuwait Latvia Lebanon Libya Lithuania Luxembourg Malaysia Mali Mexico Moldova
    Mongolia Morocco Myanmar Netherlands Nigeria Norway Pakistan Palestine Paraguay Peru
    Philippines Poland Portugal Qatar Romania Russia Rwanda Serbia Singapore Slovakia Slovenia
    Somalia Spain Sudan Sweden Switzerland Syria Thailand Tunisia Turkey Türkiye Ukraine
    Uruguay Venezuela Vietnam Yemen Zimbabwe Brasil España Francia Alemania Japón Corea
    Allemagne Espagne Japon Corée Chine Russie Rusia Seoul Pyongyang Tokyo Beijing Moscow
    Paris London Washington Brussels Geneva Vienna Berlin Rome Madrid Lisbon Caracas
    Montevideo Buenos Aires Santiago Lima Bogotá Kyiv Tbilisi Ankara Cairo Nairobi Delhi
    Bangkok Hanoi Jakarta Manila Canberra Ottawa Strasbourg Luxembourg Zurich Busan
    PyeongChang Panmunjom Hiroshima Bern Warsaw Prague Budapest Athens Stockholm Oslo
    Helsinki Copenhagen Dublin Amsterdam Hague Mediterranean Europe Asia Africa England Wales
    Scotland
""".split()) | frozenset({
    "Republic of Korea", "Korean Peninsula", "United States", "United Kingdom",
    "Russian Federation", "North Korea", "South Korea", "New York", "Middle East",
    "Democratic People’s Republic of Korea", "Democratic People's Republic of Korea",
    "Central Mediterranean", "Asia and the Pacific", "Estados Unidos", "Reino Unido",
    "États-Unis", "Royaume-Uni", "New Delhi", "The Hague",
})  # fmt: skip
MONTH_WORDS = frozenset("""
    January February March April May June July August September October November December
    Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday
    Saturday Sunday
""".split())  # fmt: skip
