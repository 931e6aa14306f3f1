# ruff: noqa: E501, RUF001
# Prose articles with typographic quotation marks: the long lines and the marks are the data.
"""Builds blind39_en.jsonl: a thirty-ninth blind English quotation set (written for depeche, CC0).
Written from scratch by a helper who never read the quotes code, so that its score is an honest,
blind estimate of how ``depeche.quotes`` does on English news text nobody tuned it on. Every
story, person, place and organisation is invented (real countries, regions and cities aside).
Beats and outlets imitated: a suburb's aldermen and short-term rentals (The Tennessean: a headline
quote with no cue, an inverted "said Renata Villaseñor", an interrupted quote with "Dunleavy
said", an uncued follow-on paragraph, an association that "called", nested single marks, an
unnamed retired schoolteacher, a planner's memo with "wrote" and "warned", a yard-sign slogan and
a house nickname in marks), beach hut fees (KentOnline: straight marks, a single-marked headline
partial quote, "owners say", an association with its initials in brackets and a Facebook post
with "adding:", a quote over two paragraphs closed by "he asked" with a nested saying, "A
spokesman for Foreland District Council said:", an interrupted "said Mrs Fenwick", an unnamed
owner, a nickname in marks), an island losing its GP (RTÉ News: a single-marked headline quote, a
GP's letter with "he wrote", a co-op manager, "Speaking in Irish, she added", the HSE short form
with a statement that "said", present-tense "says Séamus Gallagher", a TD and a minister in the
Dáil with "the minister said", a poster's words in marks), a century-old jetty (The Mercury,
Hobart: present-tense "says", a headline quote, an engineering firm's report that "found" and
later by short form, an uncued follow-on paragraph, a minister's spokeswoman, an unnamed Year 10
student, a nickname and a sign in marks), delivery motorbikes banned from an apartment complex
(The Korea Herald: a headline quote from a residents' notice, "the notice read", "told The Korea
Herald", an interrupted quote, a union that "called", a rider known by surname only, a city's
reply to queries, a ministry with "noting", a term in marks), water rationing (The Herald,
Zimbabwe: straight marks, "Town clerk Mr", an uncued follow-on paragraph, residents who "called",
an association with its initials in brackets and "The association said", an unnamed resident,
"appealed for patience:", "said Cde Chikomo", a programme name in marks), a contractor's collapse
(Construction News: an administrator's letter with "said" and "wrote", a firm by short form, a
LinkedIn post, an unnamed groundworks boss, an interrupted "said Ms Whitlow", a council
spokesperson with "said:", a campaign banner and a project nickname in marks) and a climbing
area closure (Outside: a headline partial quote in title case, a department that "announced", an
interrupted "says Dani Ruelas", a quote over two paragraphs closed by "Anaya adds", a coalition's
emailed statement, "Teague told Outside", an Instagram post with nested single marks, a route
nickname and a guidebook title in marks). Titles, names, terms, nicknames and signs in marks are
listed as non-quotes. Gold conventions are those of build_dev.py.

Do not tune the extractor on this file: it measures, it does not teach. Run
``python tests/data/quotes/build_blind39_en.py`` after editing.
Bodies are named by their full name, also when the text gives a short one in brackets.
"""

from __future__ import annotations

from pathlib import Path

from build_dev import ArticleSet

SET = ArticleSet()
article = SET.article
WORDS_RANGE = (300, 650)


article(
    "blind39-en01",
    "en",
    """“This is a neighborhood, not a hotel”: Caney Ford residents press aldermen on short-term rentals

A proposed cap would limit non-owner-occupied rentals in the Old Mill Hill historic district.

Caleb Whitsett
Nashville Tennessean
Published 5:02 a.m. CT Feb. 4, 2026 | Updated 9:17 a.m. CT Feb. 4, 2026

CANEY FORD, Tenn. — More than 80 residents crowded into City Hall on Tuesday night to back a proposal that would cap short-term rentals in the Old Mill Hill historic district, where neighbors say bachelorette parties and rolling coolers have replaced the families who once lived along its brick sidewalks.
“This is a neighborhood, not a hotel, and some weekends it feels like a hotel with no front desk,” said Renata Villaseñor, who has lived on Fernbrook Avenue for 22 years. Of the 14 houses on her block, she said, six are now rented by the night.
Alderman Travis Dunleavy, who filed the ordinance in January, said it would limit non-owner-occupied rentals to one per block face and retire permits that lapse.
“We’re not banning anybody,” Dunleavy said. “We’re saying that on these blocks, the house next door ought to have a neighbor in it.”
He told the board the city had logged 310 noise and parking complaints from Old Mill Hill last year, more than from the rest of Caney Ford combined.
“Nobody here is against tourism. We like the money it brings downtown. We just don’t want to live inside of it.”
Yard signs reading “Neighbors, Not Nightly” have gone up on nearly every street in the district. One house on Cullom Street, which sleeps up to 16 guests, is known up and down the block as “the Party Barn.”
Property owners pushed back hard. The Middle Tennessee Hosts Association, which says it represents about 400 rental operators, called the ordinance “a taking dressed up as a zoning tweak.”
“People bought these homes in good faith, under rules the city wrote,” said Brandon Tillery, the group’s president, who owns two rentals in the district. “Now the city wants to change the rules after the money’s been spent. There’s a word for that, and it isn’t ‘planning.’”
A retired schoolteacher who lives two doors from the Cullom Street house, and who asked that her name not be used because she has clashed with its guests, told the board she had called police 11 times since June. “I’m 74 years old. I shouldn’t have to pick beer cans out of my azaleas on a Sunday morning,” she said.
In a memo to the board, City Planner Lauren Kibbe wrote that the cap was “legally defensible” but warned that enforcing it would require “at least one additional full-time inspector.”
The board voted 4-1 to defer the ordinance to its March 3 meeting. Mayor Gil Harrow, who cast the lone vote against deferral, said he wanted the matter settled. “We’ve studied this to death,” he said.
Read more: Williamson County weighs its own rules for rentals along the Harpeth
Renata Villaseñor outside her home on Fernbrook Avenue in Caney Ford on Monday. Caleb Whitsett/The Tennessean
Share your feedback to help improve our site experience!""",
    [
        ("This is a neighborhood, not a hotel", "Renata Villaseñor", None, None),
        (
            "This is a neighborhood, not a hotel, and some weekends it feels like a hotel with no front desk,",
            "Renata Villaseñor",
            "Renata Villaseñor",
            ("said Renata", "said"),
        ),
        (
            "We’re not banning anybody,",
            "Travis Dunleavy",
            ("Dunleavy said", "Dunleavy"),
            ("Dunleavy said", "said"),
        ),
        (
            "We’re saying that on these blocks, the house next door ought to have a neighbor in it.",
            "Travis Dunleavy",
            ("Dunleavy said", "Dunleavy"),
            ("Dunleavy said", "said"),
        ),
        (
            "Nobody here is against tourism. We like the money it brings downtown. We just don’t want to live inside of it.",
            "Travis Dunleavy",
            None,
            None,
        ),
        (
            "a taking dressed up as a zoning tweak.",
            "Middle Tennessee Hosts Association",
            "The Middle Tennessee Hosts Association",
            "called",
        ),
        (
            "People bought these homes in good faith, under rules the city wrote,",
            "Brandon Tillery",
            "Brandon Tillery",
            ("said Brandon", "said"),
        ),
        (
            "Now the city wants to change the rules after the money’s been spent. There’s a word for that, and it isn’t ‘planning.’",
            "Brandon Tillery",
            "Brandon Tillery",
            ("said Brandon", "said"),
        ),
        (
            "I’m 74 years old. I shouldn’t have to pick beer cans out of my azaleas on a Sunday morning,",
            "schoolteacher",
            ("she said.", "she"),
            ("she said.", "said"),
        ),
        ("legally defensible", "Lauren Kibbe", "City Planner Lauren Kibbe", "wrote"),
        (
            "at least one additional full-time inspector.",
            "Lauren Kibbe",
            "City Planner Lauren Kibbe",
            "warned",
        ),
        ("We’ve studied this to death,", "Gil Harrow", ("he said.", "he"), ("he said.", "said")),
    ],
    ["Neighbors, Not Nightly", "the Party Barn."],
)

article(
    "blind39-en02",
    "en",
    """Beach hut owners in Pelham Bay face 'eye-watering' rent rise of up to 60%

By Sophie Marchetti
Published: 06:00, 05 February 2026 | Updated: 07:12, 05 February 2026

Beach hut owners in Pelham Bay say they are being "priced off the seafront" after the council announced plans to raise annual site fees by up to 60%.
Foreland District Council, which owns the land beneath the 212 huts along the promenade, wants to increase the fee for a standard plot from £480 to £768 from April.
The Pelham Bay Beach Hut Association (PBBHA) described the rise as "eye-watering" in a post on its Facebook page, adding: "Many of our members are pensioners who have had huts in their families for three generations. They are not second-home owners with deep pockets."
Chairman Derek Ashdown said the group had written to every councillor.
"We accept fees have to go up," he said. "What we don't accept is 60% in one go, with six weeks' notice."
Mr Ashdown, whose grandfather built the family's hut in 1952, said some owners were already talking about selling up.
"I've had three people ring me this week in tears. One lady said to me, 'It's the only holiday I can afford.'
"She's 81. Where's she supposed to go?" he asked.
The council says the new charges reflect the true cost of maintaining the promenade, which was badly damaged in storms last winter.
A spokesman for Foreland District Council said: "Beach hut fees have been frozen since 2019 while our costs for repairs, insurance and cleaning have risen sharply. Even after this change, Pelham Bay will remain cheaper than many comparable sites in the south east."
Cllr Margaret Fenwick (Con), cabinet member for coastal assets, said the increase was "regrettable but unavoidable".
"I have a hut myself, so I do understand," said Mrs Fenwick, "but I can't ask council taxpayers in Foreland who will never use one to subsidise those of us who do."
Opposition leader Cllr Tom Halloran (Lab) called the timing "shambolic" and said he would ask for the decision to be called in.
One owner, who has rented a hut near the clock tower since 1987, said: "We paint them, we fix them, we keep the seafront looking lovely for visitors. Now we're being treated like a cash cow."
The huts, painted in the pastel shades that earned the stretch its nickname "the Sugared Almonds", appear on many of the town's postcards.
A final decision will be made at a cabinet meeting on February 19.
Read more: Storm damage bill for Foreland seafront tops £2m
Beach huts along the promenade at Pelham Bay. Picture: Foreland District Council
Share on Facebook Share on X Email""",
    [
        ("eye-watering", "Pelham Bay Beach Hut Association", None, None),
        (
            "priced off the seafront",
            "owners",
            ("Beach hut owners in Pelham Bay say", "Beach hut owners"),
            ("say they", "say"),
        ),
        (
            "eye-watering",
            "Pelham Bay Beach Hut Association",
            "The Pelham Bay Beach Hut Association",
            "described",
        ),
        (
            "Many of our members are pensioners who have had huts in their families for three generations. They are not second-home owners with deep pockets.",
            "Pelham Bay Beach Hut Association",
            "The Pelham Bay Beach Hut Association",
            "adding",
        ),
        (
            "We accept fees have to go up,",
            "Derek Ashdown",
            ("he said.", "he"),
            ("he said.", "said"),
        ),
        (
            "What we don't accept is 60% in one go, with six weeks' notice.",
            "Derek Ashdown",
            ("he said.", "he"),
            ("he said.", "said"),
        ),
        (
            "I've had three people ring me this week in tears. One lady said to me, 'It's the only holiday I can afford.'",
            "Derek Ashdown",
            ("he asked", "he"),
            ("he asked", "asked"),
        ),
        (
            "She's 81. Where's she supposed to go?",
            "Derek Ashdown",
            ("he asked", "he"),
            ("he asked", "asked"),
        ),
        (
            "Beach hut fees have been frozen since 2019 while our costs for repairs, insurance and cleaning have risen sharply. Even after this change, Pelham Bay will remain cheaper than many comparable sites in the south east.",
            "Foreland District Council",
            "A spokesman for Foreland District Council",
            ("Council said:", "said"),
        ),
        (
            "regrettable but unavoidable",
            "Margaret Fenwick",
            "Cllr Margaret Fenwick",
            ("said the increase", "said"),
        ),
        (
            "I have a hut myself, so I do understand,",
            "Margaret Fenwick",
            "Mrs Fenwick",
            ("said Mrs", "said"),
        ),
        (
            "but I can't ask council taxpayers in Foreland who will never use one to subsidise those of us who do.",
            "Margaret Fenwick",
            "Mrs Fenwick",
            ("said Mrs", "said"),
        ),
        ("shambolic", "Tom Halloran", "Cllr Tom Halloran", "called"),
        (
            "We paint them, we fix them, we keep the seafront looking lovely for visitors. Now we're being treated like a cash cow.",
            "owner",
            "One owner",
            ("1987, said", "said"),
        ),
    ],
    ["the Sugared Almonds"],
)

article(
    "blind39-en03",
    "en",
    """Islanders 'in limbo' as Inishcoll GP retires with no replacement

Updated / Tuesday, 10 Feb 2026 14:32

By Áine Ní Fhlatharta
Western Correspondent

The 160 residents of Inishcoll, off the Mayo coast, will be without a resident doctor from next month after the island's GP of 27 years confirmed his retirement and no replacement has been found.
Dr Fergal Concannon, 68, told patients in a letter delivered to every house on the island last week that he had “held on as long as I reasonably could”.
“It has been the privilege of my working life to care for this community,” he wrote. “I am sorry that I cannot hand over to someone, as I always hoped I would.”
The Health Service Executive (HSE) has advertised the post three times since last spring without success.
Siobhán Ní Mhurchú, manager of the island co-operative, Comharchumann Inis Coll, said people had been left “in limbo”.
“We have a lot of older people here, and we have families with small children,” she said. “In winter the ferry can be off for four or five days at a time. If something happens on a night like that, who do we call?”
Speaking in Irish, she added that the island had “lost the post office, lost the garda, and now the doctor”.
Read more: Island ferry timetable cut for winter months
In a statement, the HSE said it was “acutely aware” of the concerns of islanders and was “actively exploring all options”, including a rotating locum service and video consultations.
“Patient safety on Inishcoll is our priority. Emergency cover will continue to be provided by the ambulance service and the Coast Guard helicopter,” the statement said.
Video consultations will not suit everyone, islanders point out.
“My mother is 91. She doesn’t know what an iPad is, and the broadband goes every time the wind turns north,” says Séamus Gallagher, who fishes lobster from the island's pier.
Raising the matter in the Dáil on Tuesday, Mayo TD Niamh Durcan described the situation as “a test of whether this State means what it says about island communities”.
Minister of State for Primary Care Colm Rafferty told the Dáil that a “targeted island incentive” would be offered on top of the standard contract.
“I will not accept a situation where Inishcoll is left without medical cover,” the minister said. “Officials are in contact with two interested candidates.”
Dr Concannon's last surgery will be held on 6 March. A farewell céilí is planned in the community hall, and posters around the island already read “Slán, a Dhochtúir”.
Dr Fergal Concannon outside the surgery on Inishcoll (Pic: Áine Ní Fhlatharta/RTÉ)
Share this""",
    [
        ("in limbo", "Siobhán Ní Mhurchú", None, None),
        (
            "held on as long as I reasonably could",
            "Fergal Concannon",
            "Dr Fergal Concannon",
            "told",
        ),
        (
            "It has been the privilege of my working life to care for this community,",
            "Fergal Concannon",
            ("he wrote", "he"),
            ("he wrote", "wrote"),
        ),
        (
            "I am sorry that I cannot hand over to someone, as I always hoped I would.",
            "Fergal Concannon",
            ("he wrote", "he"),
            ("he wrote", "wrote"),
        ),
        ("in limbo", "Siobhán Ní Mhurchú", "Siobhán Ní Mhurchú", ("said people", "said")),
        (
            "We have a lot of older people here, and we have families with small children,",
            "Siobhán Ní Mhurchú",
            ("she said", "she"),
            ("she said", "said"),
        ),
        (
            "In winter the ferry can be off for four or five days at a time. If something happens on a night like that, who do we call?",
            "Siobhán Ní Mhurchú",
            ("she said", "she"),
            ("she said", "said"),
        ),
        (
            "lost the post office, lost the garda, and now the doctor",
            "Siobhán Ní Mhurchú",
            ("she added", "she"),
            ("she added", "added"),
        ),
        (
            "acutely aware",
            "Health Service Executive",
            ("the HSE said", "the HSE"),
            ("the HSE said", "said"),
        ),
        (
            "actively exploring all options",
            "Health Service Executive",
            ("the HSE said", "the HSE"),
            ("the HSE said", "said"),
        ),
        (
            "Patient safety on Inishcoll is our priority. Emergency cover will continue to be provided by the ambulance service and the Coast Guard helicopter,",
            "Health Service Executive",
            ("the HSE said", "the HSE"),
            ("the statement said", "said"),
        ),
        (
            "My mother is 91. She doesn’t know what an iPad is, and the broadband goes every time the wind turns north,",
            "Séamus Gallagher",
            "Séamus Gallagher",
            ("says Séamus", "says"),
        ),
        (
            "a test of whether this State means what it says about island communities",
            "Niamh Durcan",
            "Mayo TD Niamh Durcan",
            "described",
        ),
        ("targeted island incentive", "Colm Rafferty", "Colm Rafferty", ("Rafferty told", "told")),
        (
            "I will not accept a situation where Inishcoll is left without medical cover,",
            "Colm Rafferty",
            ("the minister said", "the minister"),
            ("the minister said", "said"),
        ),
        (
            "Officials are in contact with two interested candidates.",
            "Colm Rafferty",
            ("the minister said", "the minister"),
            ("the minister said", "said"),
        ),
    ],
    ["Slán, a Dhochtúir"],
)

article(
    "blind39-en04",
    "en",
    """‘She’s part of who we are’: Parrish Point fights to save century-old jetty

JESSICA TRAN-WALKER
Local Government Reporter
February 11, 2026 - 4:30AM
The Mercury
0 comments

FOR a century, the timber jetty at Parrish Point has carried apple crates, ferry passengers and generations of children working up the nerve to jump.
Now its days could be numbered, after an engineering report by Hobart firm Strand Marine Consulting, commissioned by Fortescue Council, found the structure was “beyond economic repair”.
Council voted 6-3 on Monday night to begin planning its demolition and replacement with a shorter concrete pontoon, at an estimated cost of $2.4 million.
Locals call the jetty “the Old Lady”, and dozens of them filled the gallery for the vote.
“She’s part of who we are,” says Marion Kettering, 77, whose father skippered the ferry that tied up there until 1968. “You don’t knock down your grandmother because her knees are going.”
Ms Kettering is one of more than 900 people who have signed a petition organised by the Friends of Parrish Point Jetty.
The group’s spokesman, Hamish Lowry, says the council has never properly costed a restoration.
“They got one report, from one firm, and treated it like scripture,” Mr Lowry says. “We’ve had a retired marine engineer go over every pile. He reckons two-thirds of them are sound.”
Mayor Deb Cartledge says she understands the strength of feeling but council cannot ignore expert advice.
“I swam off that jetty as a kid, same as everyone,” she says.
“But if a pile gives way on a busy summer afternoon, it won’t be the Friends group standing in front of the coroner. It’ll be us.”
Strand Marine’s report found 41 of the jetty’s 66 piles showed “significant section loss” and recommended the structure be closed to the public “as a matter of priority”.
Deputy mayor Craig Ennis, who voted against the motion, called the decision “premature” and said a second opinion would cost “a few thousand dollars, not a few million”.
A spokeswoman for Infrastructure Minister Dean Holloway says the state government “would consider any funding application from council on its merits”.
RELATED: Fortescue ratepayers brace for 5 per cent rates rise
Council has fenced off the outer end of the jetty, where a sign now reads “Danger – Keep Off”. Teenagers were still jumping from it on Tuesday afternoon.
“It’s the best spot on the whole peninsula,” one of them, a Year 10 student from Nubeena, said before climbing back over the fence.
Council will seek community feedback on the pontoon design from March.
Marion Kettering on the Parrish Point jetty. Picture: Ruth Calloway""",
    [
        ("She’s part of who we are", "Marion Kettering", None, None),
        ("beyond economic repair", "Strand Marine Consulting", "Strand Marine Consulting", "found"),
        (
            "She’s part of who we are,",
            "Marion Kettering",
            "Marion Kettering",
            ("says Marion", "says"),
        ),
        (
            "You don’t knock down your grandmother because her knees are going.",
            "Marion Kettering",
            "Marion Kettering",
            ("says Marion", "says"),
        ),
        (
            "They got one report, from one firm, and treated it like scripture,",
            "Hamish Lowry",
            "Mr Lowry",
            ("Lowry says", "says"),
        ),
        (
            "We’ve had a retired marine engineer go over every pile. He reckons two-thirds of them are sound.",
            "Hamish Lowry",
            "Mr Lowry",
            ("Lowry says", "says"),
        ),
        (
            "I swam off that jetty as a kid, same as everyone,",
            "Deb Cartledge",
            ("she says", "she"),
            ("she says", "says"),
        ),
        (
            "But if a pile gives way on a busy summer afternoon, it won’t be the Friends group standing in front of the coroner. It’ll be us.",
            "Deb Cartledge",
            None,
            None,
        ),
        (
            "significant section loss",
            "Strand Marine Consulting",
            "Strand Marine",
            ("report found", "found"),
        ),
        ("as a matter of priority", "Strand Marine Consulting", "Strand Marine", "recommended"),
        ("premature", "Craig Ennis", "Craig Ennis", "called"),
        (
            "a few thousand dollars, not a few million",
            "Craig Ennis",
            "Craig Ennis",
            ("and said", "said"),
        ),
        (
            "would consider any funding application from council on its merits",
            "Dean Holloway",
            "A spokeswoman for Infrastructure Minister Dean Holloway",
            ("Holloway says", "says"),
        ),
        (
            "It’s the best spot on the whole peninsula,",
            "student",
            "a Year 10 student",
            ("Nubeena, said", "said"),
        ),
    ],
    ["the Old Lady", "Danger – Keep Off"],
)

article(
    "blind39-en05",
    "en",
    """[Exclusive] “A danger we can no longer accept”: Gyeonggi apartment complex bans delivery motorbikes

By Yoon Da-eun
Published : Feb. 12, 2026 - 15:48

Riders say they now walk up to 800 meters per order at Hanbit Riverview

Residents of a 2,400-household apartment complex in Namyeon, Gyeonggi Province, have voted to bar delivery motorcycles from its grounds, forcing riders to park at the gate and carry orders on foot to towers up to 800 meters away.
The residents’ council of Hanbit Riverview posted the decision on the complex’s notice boards last week, citing three near-collisions with children on its internal roads since September.
“The ground-level roads were designed as pedestrian space. Motorcycles speeding between the towers are a danger we can no longer accept,” the notice read.
Council chairman Seo Kyung-taek told The Korea Herald that residents had “tried warnings first.”
“We put up signs, we sent letters to the delivery platforms, we asked nicely,” Seo said. “Nothing changed. So the residents decided.”
Riders see it differently. The Korea Platform Riders Union, which says it represents about 6,000 couriers, called the ban “discriminatory” and said riders were being treated “like intruders rather than workers.”
A 38-year-old rider, who gave only his surname, Jang, said he now loses about 20 minutes on every order to the complex.
“In winter I walk up and down carrying hot soup, and the customers still complain it’s cold,” Jang said. “Then my rating goes down, and the app gives me fewer calls.”
Union official Choi Hye-rin said the group had asked the complex to allow riders on the roads at walking speed. “We are not asking for special treatment,” she said, “only for the same access as a parcel van or a taxi.”
Namyeon City said in a response to The Korea Herald’s inquiry that roads inside private apartment complexes were “managed autonomously by residents,” and that it had “no legal means” to overturn the decision.
The Ministry of Land, Infrastructure and Transport said it was reviewing guidelines on deliveries in apartment complexes, noting that the issue was “growing rapidly” across the capital region.
Similar bans in Seoul’s Gangdong-gu in recent years led to a brief boycott by riders, who refused orders from the affected complexes — a tactic riders online have dubbed “delivery fasting.”
Seo said the council would review the rule after six months. “If there is a safer way, we are open to it,” he said.
Related Articles
Delivery workers’ injuries rise 14% in 2025: data
Hanbit Riverview in Namyeon, Gyeonggi Province (Yoon Da-eun/The Korea Herald)""",
    [
        ("A danger we can no longer accept", "residents’ council of Hanbit Riverview", None, None),
        (
            "The ground-level roads were designed as pedestrian space. Motorcycles speeding between the towers are a danger we can no longer accept,",
            "residents’ council of Hanbit Riverview",
            "residents’ council of Hanbit Riverview",
            ("the notice read", "read"),
        ),
        ("tried warnings first.", "Seo Kyung-taek", "Council chairman Seo Kyung-taek", "told"),
        (
            "We put up signs, we sent letters to the delivery platforms, we asked nicely,",
            "Seo Kyung-taek",
            ("Seo said", "Seo"),
            ("Seo said", "said"),
        ),
        (
            "Nothing changed. So the residents decided.",
            "Seo Kyung-taek",
            ("Seo said", "Seo"),
            ("Seo said", "said"),
        ),
        (
            "discriminatory",
            "Korea Platform Riders Union",
            "The Korea Platform Riders Union",
            "called",
        ),
        (
            "like intruders rather than workers.",
            "Korea Platform Riders Union",
            "The Korea Platform Riders Union",
            ("and said riders", "said"),
        ),
        (
            "In winter I walk up and down carrying hot soup, and the customers still complain it’s cold,",
            "Jang",
            ("Jang said", "Jang"),
            ("Jang said", "said"),
        ),
        (
            "Then my rating goes down, and the app gives me fewer calls.",
            "Jang",
            ("Jang said", "Jang"),
            ("Jang said", "said"),
        ),
        (
            "We are not asking for special treatment,",
            "Choi Hye-rin",
            ("she said", "she"),
            ("she said", "said"),
        ),
        (
            "only for the same access as a parcel van or a taxi.",
            "Choi Hye-rin",
            ("she said", "she"),
            ("she said", "said"),
        ),
        ("managed autonomously by residents,", "Namyeon City", "Namyeon City", "said"),
        ("no legal means", "Namyeon City", "Namyeon City", "said"),
        (
            "growing rapidly",
            "Ministry of Land, Infrastructure and Transport",
            "The Ministry of Land, Infrastructure and Transport",
            "noting",
        ),
        (
            "If there is a safer way, we are open to it,",
            "Seo Kyung-taek",
            ("he said", "he"),
            ("he said", "said"),
        ),
    ],
    ["delivery fasting."],
)

article(
    "blind39-en06",
    "en",
    """Nyamasvika council introduces water rationing

13 Feb, 2026 - 00:02
0 Comments
Herald Reporter

NYAMASVIKA Municipality has introduced a water rationing schedule that will see most suburbs receive supplies three days a week, as the local authority battles falling levels at Mukonde Dam and ageing pumping equipment.
Town clerk Mr Tapiwa Gumbo said the schedule, which came into effect on Monday, was "a temporary but necessary measure".
"We are pumping about 18 megalitres a day against a demand of 32 megalitres. Two of our four pumps at the Mukonde waterworks are down, and the dam is at 31 percent of capacity," he said.
"Rationing allows us to share what we have fairly across all suburbs until the pumps are repaired."
Mr Gumbo said spare parts for the pumps had been ordered and were expected "before the end of March".
Residents have, however, criticised the council for what they called "poor planning".
Nyamasvika Residents and Ratepayers Association (NRRA) chairperson Mrs Rudo Chari said ratepayers had been paying for water they were not receiving.
"Some areas, like Kuwirirana and the old location, have gone for two weeks without a drop, yet bills keep coming every month," she said. "We want council to suspend water charges for affected households."
The association said in a statement that it would petition the Ministry of Local Government and Public Works if bills were not reviewed "within 14 days".
A resident of Kuwirirana, who sells vegetables at the local market, said she now wakes up at 3am to queue at a borehole.
"By the time you reach the front, the children are late for school. We are tired," she said.
Mayor Clr Farai Ndoro appealed for patience: "Council is not sleeping on this issue. We have engaged the Government and our development partners, and I assure residents that relief is coming."
Speaking during a tour of the waterworks on Wednesday, Deputy Minister of Local Government and Public Works Cde Blessing Chikomo said the Government had set aside funds for new pumps under the "Water for All Towns" programme.
"No town should be left without water in the 21st century. Nyamasvika will get its pumps," said Cde Chikomo.
He urged residents to use water sparingly and to report leaks and illegal connections, which he described as "theft from your neighbours".
Council has published the rationing timetable on its Facebook page and at all district offices.
Residents queue for water at a borehole in Kuwirirana suburb yesterday. - Picture: Innocent Mashonga
Read more: Mukonde Dam levels drop as rains fail
Share this:""",
    [
        (
            "a temporary but necessary measure",
            "Tapiwa Gumbo",
            "Tapiwa Gumbo",
            ("said the schedule", "said"),
        ),
        (
            "We are pumping about 18 megalitres a day against a demand of 32 megalitres. Two of our four pumps at the Mukonde waterworks are down, and the dam is at 31 percent of capacity,",
            "Tapiwa Gumbo",
            ("he said", "he"),
            ("he said", "said"),
        ),
        (
            "Rationing allows us to share what we have fairly across all suburbs until the pumps are repaired.",
            "Tapiwa Gumbo",
            None,
            None,
        ),
        ("before the end of March", "Tapiwa Gumbo", "Mr Gumbo", ("said spare", "said")),
        ("poor planning", "residents", ("Residents have", "Residents"), "called"),
        (
            "Some areas, like Kuwirirana and the old location, have gone for two weeks without a drop, yet bills keep coming every month,",
            "Rudo Chari",
            ("she said", "she"),
            ("she said", "said"),
        ),
        (
            "We want council to suspend water charges for affected households.",
            "Rudo Chari",
            ("she said", "she"),
            ("she said", "said"),
        ),
        (
            "within 14 days",
            "Nyamasvika Residents and Ratepayers Association",
            ("The association said", "The association"),
            ("association said", "said"),
        ),
        (
            "By the time you reach the front, the children are late for school. We are tired,",
            "resident",
            ("she said", "she"),
            ("she said", "said"),
        ),
        (
            "Council is not sleeping on this issue. We have engaged the Government and our development partners, and I assure residents that relief is coming.",
            "Farai Ndoro",
            "Clr Farai Ndoro",
            "appealed",
        ),
        (
            "No town should be left without water in the 21st century. Nyamasvika will get its pumps,",
            "Blessing Chikomo",
            "Cde Chikomo",
            ("said Cde", "said"),
        ),
        (
            "theft from your neighbours",
            "Blessing Chikomo",
            ("which he described", "he"),
            "described",
        ),
    ],
    ["Water for All Towns"],
)

article(
    "blind39-en07",
    "en",
    """Halbrook collapse leaves supply chain owed £38m

By Harriet Oyelaran | 13 February 2026

Midlands contractor Halbrook Construction has entered administration, with around 300 subcontractors and suppliers believed to be owed a combined £38m.
Marram Restructuring was appointed administrator on Wednesday. In a letter to creditors seen by Construction News, joint administrator Keith Farrant said the business had been “unable to absorb losses on a number of fixed-price contracts let in 2022 and 2023”.
“Our immediate priority is to secure the firm’s live sites and to explore a sale of all or part of the business,” Farrant wrote.
He confirmed that 212 of Halbrook’s 260 staff had been made redundant. Marram said separately that it was “in active discussions” with two parties interested in the firm’s highways division.
The firm, founded in 1987, reported turnover of £146m in its last published accounts.
Former managing director Stephen Ogilvie, who left the business in October, wrote in a LinkedIn post on Thursday that he was “heartbroken” for staff and the supply chain.
“I’d give anything for a different outcome,” he wrote. “These are people who turned up in the rain for us for 30 years.”
The boss of one groundworks firm, which is owed £1.1m, told CN the collapse could finish his business.
“We finished our package in November and we haven’t seen a penny since September,” he said. “We’re a family firm with 40 people. I don’t know how we carry this.”
Specialist Contractors Federation (SCF) chief executive Andrea Whitlow said the case showed why retention reform could not wait.
“Every time a main contractor goes under, the smallest firms at the bottom of the chain lose the most,” she said.
“The warning signs were there,” said Ms Whitlow, “and nobody wanted to see them. Retention money held in trust would have protected millions of pounds here.”
The SCF has campaigned for five years under the banner “Fair Pay Down the Line”.
Halbrook’s largest live job, a £42m extension to Brookfield Academy known on site as “the Glass Box”, has stopped.
A spokesperson for Harbeck County Council, the client, said: “We are working closely with the administrators to protect the programme. Pupils will not be affected this term.”
Halbrook’s collapse is the third by a Midlands contractor with turnover above £100m in 12 months.
Read more: Contractor insolvencies hit 10-year high
Halbrook’s site at Brookfield Academy, where work stopped on Wednesday. Image: Harriet Oyelaran
Share Tweet Email
Subscribe to Construction News for unlimited access""",
    [
        (
            "unable to absorb losses on a number of fixed-price contracts let in 2022 and 2023",
            "Keith Farrant",
            "joint administrator Keith Farrant",
            ("Farrant said", "said"),
        ),
        (
            "Our immediate priority is to secure the firm’s live sites and to explore a sale of all or part of the business,",
            "Keith Farrant",
            ("Farrant wrote", "Farrant"),
            ("Farrant wrote", "wrote"),
        ),
        (
            "in active discussions",
            "Marram Restructuring",
            ("Marram said", "Marram"),
            ("Marram said", "said"),
        ),
        ("heartbroken", "Stephen Ogilvie", "Stephen Ogilvie", ("wrote in a LinkedIn", "wrote")),
        (
            "I’d give anything for a different outcome,",
            "Stephen Ogilvie",
            ("he wrote", "he"),
            ("he wrote", "wrote"),
        ),
        (
            "These are people who turned up in the rain for us for 30 years.",
            "Stephen Ogilvie",
            ("he wrote", "he"),
            ("he wrote", "wrote"),
        ),
        (
            "We finished our package in November and we haven’t seen a penny since September,",
            "boss",
            ("he said", "he"),
            ("he said", "said"),
        ),
        (
            "We’re a family firm with 40 people. I don’t know how we carry this.",
            "boss",
            ("he said", "he"),
            ("he said", "said"),
        ),
        (
            "Every time a main contractor goes under, the smallest firms at the bottom of the chain lose the most,",
            "Andrea Whitlow",
            ("she said", "she"),
            ("she said", "said"),
        ),
        ("The warning signs were there,", "Andrea Whitlow", "Ms Whitlow", ("said Ms", "said")),
        (
            "and nobody wanted to see them. Retention money held in trust would have protected millions of pounds here.",
            "Andrea Whitlow",
            "Ms Whitlow",
            ("said Ms", "said"),
        ),
        (
            "We are working closely with the administrators to protect the programme. Pupils will not be affected this term.",
            "Harbeck County Council",
            "A spokesperson for Harbeck County Council",
            ("client, said:", "said"),
        ),
    ],
    ["Fair Pay Down the Line", "the Glass Box"],
)

article(
    "blind39-en08",
    "en",
    """Climbers Fume as County Closes Sawtell Buttress for “at Least Two Seasons”

Officials cite nesting golden eagles and a crumbling approach trail. Climbers say they were blindsided.

By Mara Ekstrom
Published Feb 14, 2026
Share
Save

For three decades, Sawtell Buttress has been where Front Range climbers go when the famous crags are crowded: a half-mile of sun-baked granite, a steep approach that keeps the casual crowds away, and a reputation for routes that feel a grade harder than they look.
Last week, the Pinecrest County Parks and Open Space Department announced that the buttress and its approach trail would close on March 1 for “at least two seasons,” citing a pair of nesting golden eagles and severe erosion on the trail.
The news landed hard. “It felt like getting a breakup text,” says Dani Ruelas, a route setter at a Boulder gym who has climbed at Sawtell since 2009. “Nobody asked us. Nobody sent an email to the climbing groups. We found out from a sign at the trailhead.”
The department’s wildlife ecologist, Peter Anaya, says the closure is about more than the eagles.
“The pair fledged two chicks last year, which is remarkable for a site with that much human traffic. But the trail is the bigger story. We’re losing the slope below the first pitches, and every rainstorm makes it worse.
“If we don’t close it now and rebuild it properly, we’ll be closing it for good in five years,” Anaya adds.
The closure covers more than 140 routes, including the area’s best-known line, a steep 5.11 crack that locals have called “the Widowmaker” since the 1980s.
The Front Range Crag Coalition, a nonprofit that maintains trails at several climbing areas, said in an emailed statement that it “supports protecting raptors” but wants “a seat at the table.”
Its executive director, Colin Teague, was blunter. “We have volunteers who’d rebuild that trail for free,” Teague told Outside. “The county just has to let them.”
Joan Whitlatch, whose 1998 guidebook “Sawtell: A Climber’s Guide” is still the standard reference, posted on Instagram that she had “seen this movie before.”
“They closed the north wall in 2004 for ‘one season,’” she wrote. “It reopened in 2011.”
Anaya says the county will hold an open house in April and hasn’t ruled out a partial reopening in the fall, once the eagles have left. He says he understands the frustration.
“I climb too,” he says. “I get it.”
Read more: The Quiet Crisis on America’s Approach Trails
Sawtell Buttress at dusk, seen from the county road. (Photo: Ty Brandvold)""",
    [
        ("at Least Two Seasons", "Pinecrest County Parks and Open Space Department", None, None),
        (
            "at least two seasons,",
            "Pinecrest County Parks and Open Space Department",
            "the Pinecrest County Parks and Open Space Department",
            "announced",
        ),
        (
            "It felt like getting a breakup text,",
            "Dani Ruelas",
            "Dani Ruelas",
            ("says Dani", "says"),
        ),
        (
            "Nobody asked us. Nobody sent an email to the climbing groups. We found out from a sign at the trailhead.",
            "Dani Ruelas",
            "Dani Ruelas",
            ("says Dani", "says"),
        ),
        (
            "The pair fledged two chicks last year, which is remarkable for a site with that much human traffic. But the trail is the bigger story. We’re losing the slope below the first pitches, and every rainstorm makes it worse.",
            "Peter Anaya",
            ("Anaya adds", "Anaya"),
            ("Anaya adds", "adds"),
        ),
        (
            "If we don’t close it now and rebuild it properly, we’ll be closing it for good in five years,",
            "Peter Anaya",
            ("Anaya adds", "Anaya"),
            ("Anaya adds", "adds"),
        ),
        (
            "supports protecting raptors",
            "Front Range Crag Coalition",
            "The Front Range Crag Coalition",
            "said",
        ),
        (
            "a seat at the table.",
            "Front Range Crag Coalition",
            "The Front Range Crag Coalition",
            "wants",
        ),
        (
            "We have volunteers who’d rebuild that trail for free,",
            "Colin Teague",
            ("Teague told", "Teague"),
            ("Teague told", "told"),
        ),
        (
            "The county just has to let them.",
            "Colin Teague",
            ("Teague told", "Teague"),
            ("Teague told", "told"),
        ),
        ("seen this movie before.", "Joan Whitlatch", "Joan Whitlatch", "posted"),
        (
            "They closed the north wall in 2004 for ‘one season,’",
            "Joan Whitlatch",
            ("she wrote", "she"),
            ("she wrote", "wrote"),
        ),
        ("It reopened in 2011.", "Joan Whitlatch", ("she wrote", "she"), ("she wrote", "wrote")),
        ("I climb too,", "Peter Anaya", ("he says", "he"), ("he says", "says")),
        ("I get it.", "Peter Anaya", ("he says", "he"), ("he says", "says")),
    ],
    ["the Widowmaker", "Sawtell: A Climber’s Guide"],
)


def main() -> None:
    SET.write(Path(__file__).with_name("blind39_en.jsonl"), WORDS_RANGE)


if __name__ == "__main__":
    main()
