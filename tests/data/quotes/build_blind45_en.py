# ruff: noqa: E501, RUF001
# Prose articles with typographic quotation marks: the long lines and the marks are the data.
"""Builds blind45_en.jsonl: a forty-fifth blind English quotation set (written for depeche, CC0).
Written from scratch by a helper who never read the quotes code, so that its score is an honest,
blind estimate of how ``depeche.quotes`` does on English news text nobody tuned it on. Every
story, person, place and organisation is invented (real countries, regions, cities and a few
public bodies aside). Beats and outlets imitated: a North Isles ferry timetable cut (The
Orcadian: a headline quote with no cue, "said:", an interrupted quote with "said Mr Flett,", an
uncued follow-on paragraph, an unnamed islander, a company statement named later as "the
operator", a ferry's name and a petition title in marks), a parish told to sell its bells (Church
Times: a dek partial quote, an archdeacon's letter that "states", nested single marks, a
churchwarden over two paragraphs, a PCC statement, a hymn and a fund title in marks), a bike
lane fight on a shopping street (Berkeleyside: a city spokesperson "said in an email", a council
member's Instagram post with "she wrote", an interrupted quote, an unnamed shopper, a plan and a
nickname in marks), a maize storage theft (Nyasa Times: straight marks, a Group Village Headman,
a district commissioner, "he said" and "the DC", a ministry statement with "it said", an unnamed
farmer), a fashion chain closing stores (Drapers: "told Drapers", a chief executive's statement,
an analyst, an unnamed store manager, a collection name and a term in marks), a washed-out
provincial road (Post-Courier: straight marks, a governor called "Mr X" and "the Governor", a
villager translated from Tok Pisin, a works department, a nickname in marks), a housing co-op
eviction (The Tyee: present-tense "says", a quote over two paragraphs, a board letter, an
interrupted quote, a report title in marks) and a market fire (Zambia Daily Mail: straight
marks, a council's town clerk, a police spokesperson by role, an unnamed trader, a market section
nickname in marks). Titles, names, terms, nicknames and fund names in marks are listed as
non-quotes. Gold conventions are those of build_dev.py.

Do not tune the extractor on this file: it measures, it does not teach. Run
``python tests/data/quotes/build_blind45_en.py`` after editing.
Bodies are named by their full name, also when the text gives a short one in brackets.
"""

from __future__ import annotations

from pathlib import Path

from build_dev import ArticleSet

SET = ArticleSet()
article = SET.article
WORDS_RANGE = (300, 650)


article(
    "blind45-en01",
    "en",
    """“We are being cut adrift”: Hollsay islanders angry at ferry timetable

By Kirsty Linklater
Published: 11:42, Thursday 12 March 2026

The MV Skerry Lass at Hollsay pier. Picture: Kirsty Linklater

Residents of Hollsay have reacted with anger after the island’s winter ferry service was reduced from five return sailings a week to three, with just four weeks’ notice.
North Isles Marine Services Ltd, which runs the route under contract to Orkney Islands Council, said the change was needed because the “Skerry Lass” will spend six weeks in dry dock at Aberdeen from the start of April.
Hollsay community council chairman Magnus Flett said: “Three sailings a week means the school bairns, the nurse and the post all have to fit round the same three days. It is not a timetable, it is a rationing system.”
“We were told about this in a two-line email,” said Mr Flett, “and when we asked for a meeting, we were told the timetable was already final.”
He said the island had lost two families over the last year, and he feared more would go.
“People do not leave an island because of one bad winter. They leave because they stop believing anyone on the mainland is listening.”
In a statement, the company said it “fully recognised the impact on the community” and had tried to charter a replacement vessel without success. The operator added that a freight-only run would be added on Saturdays “where weather allows”.
Read more: Flotta hall reopens after two-year refurbishment
Councillor Ingrid Sclater, who chairs the council’s transport committee, described the notice given to islanders as “not good enough”, and said she had asked officers to report back to the committee on 2 April.
“I understand the dry dock cannot be moved, but the way this was communicated should never be repeated,” she told The Orcadian.
One islander, a fish farm worker who asked not to be named, said the reduced service would leave him choosing between his job and his hospital appointments in Kirkwall.
“If I go in on the Tuesday boat, I lose two days’ pay,” he said. “That is the choice now.”
A petition titled “Keep Hollsay Sailing” had gathered 640 signatures by Wednesday evening, more than ten times the island’s population.
The revised timetable runs until 17 May.
Share this article
Facebook X Email""",
    [
        ("We are being cut adrift", "islanders", "Hollsay islanders", None),
        (
            "Three sailings a week means the school bairns, the nurse and the post all have to fit round the same three days. It is not a timetable, it is a rationing system.",
            "Magnus Flett",
            "Magnus Flett",
            "said",
        ),
        (
            "We were told about this in a two-line email,",
            "Magnus Flett",
            ("said Mr Flett", "Mr Flett"),
            ("said Mr Flett", "said"),
        ),
        (
            "and when we asked for a meeting, we were told the timetable was already final.",
            "Magnus Flett",
            ("said Mr Flett", "Mr Flett"),
            ("said Mr Flett", "said"),
        ),
        (
            "People do not leave an island because of one bad winter. They leave because they stop believing anyone on the mainland is listening.",
            "Magnus Flett",
            None,
            None,
        ),
        (
            "fully recognised the impact on the community",
            "North Isles Marine Services Ltd",
            "the company",
            ("the company said", "said"),
        ),
        (
            "where weather allows",
            "North Isles Marine Services Ltd",
            "The operator",
            "added",
        ),
        ("not good enough", "Ingrid Sclater", "Councillor Ingrid Sclater", "described"),
        (
            "I understand the dry dock cannot be moved, but the way this was communicated should never be repeated,",
            "Ingrid Sclater",
            ("she told", "she"),
            "told",
        ),
        (
            "If I go in on the Tuesday boat, I lose two days’ pay,",
            "islander",
            ("he said", "he"),
            ("he said", "said"),
        ),
        ("That is the choice now.", "islander", ("he said", "he"), ("he said", "said")),
    ],
    ["Skerry Lass", "Keep Hollsay Sailing"],
)

article(
    "blind45-en02",
    "en",
    """Parish told to sell historic ring of bells to fund roof

A Lincolnshire parish has been advised to sell three of its eight bells, in what its churchwarden calls “a choice between our voice and our shelter”

by Hugh Pennock
20 March 2026

The bell tower of St Wendreda’s, Thorby Fen. PHOTO: PARISH OF THORBY FEN

A SMALL fenland parish has been advised by its archdeaconry to consider selling three medieval bells to meet the cost of urgent repairs to its nave roof.
The Parochial Church Council (PCC) of St Wendreda’s, Thorby Fen, which has 23 people on its electoral roll, was told last month that the roof would cost £310,000 to repair. Its reserves stand at just under £19,000.
A letter from the Archdeacon of Holland Marsh, the Ven. Corinna Ashdown, sent to the PCC in February, states that the bells represent “the only significant asset realistically available to the parish”.
It goes on: “I am conscious that for many in the village the bells are not ‘assets’ at all, but part of the sound of home. I would not raise this if I saw another route.”
Speaking to the Church Times this week, the churchwarden, Dennis Markby, said that the parish had been “stunned” by the suggestion.
“Those bells rang for the end of two world wars. My grandfather rang the tenor at his own wedding,” he said. “I cannot stand up in the village and tell people we sold them to a collector in Ohio.
“But I also cannot stand up and tell them the roof is safe, because it isn’t. That is the position we are in.”
The PCC said in a statement that it had made “no decision of any kind” and would hold an open meeting after Easter. It has launched the “Fen Roof Fund”, and the village band will play a concert on 18 April, closing with “Now Thank We All Our God”.
Read more: Diocese pilots shared churchwardens for rural benefices
Asked about the letter, a spokesperson for the diocese said that the archdeacon had been “setting out options, not issuing instructions”.
The tower captain, Freda Oakes, who has rung at St Wendreda’s for 51 years, said that she understood the archdeacon’s reasoning, but hoped the bells could be kept.
“A bell that leaves a tower almost never comes back,” Mrs Oakes said. “Roofs can be patched. Sound cannot.”
Heritage bodies have said that two of the bells, cast in about 1420, are among the oldest in the county.
Sign up for our weekly newsletter
Comments""",
    [
        (
            "a choice between our voice and our shelter",
            "Dennis Markby",
            "its churchwarden",
            "calls",
        ),
        (
            "the only significant asset realistically available to the parish",
            "Corinna Ashdown",
            "A letter from the Archdeacon of Holland Marsh",
            "states",
        ),
        (
            "I am conscious that for many in the village the bells are not ‘assets’ at all, but part of the sound of home. I would not raise this if I saw another route.",
            "Corinna Ashdown",
            ("It goes on", "It"),
            "goes on",
        ),
        ("stunned", "Dennis Markby", "Dennis Markby", "said"),
        (
            "Those bells rang for the end of two world wars. My grandfather rang the tenor at his own wedding,",
            "Dennis Markby",
            ("he said", "he"),
            ("he said", "said"),
        ),
        (
            "I cannot stand up in the village and tell people we sold them to a collector in Ohio.",
            "Dennis Markby",
            ("he said", "he"),
            ("he said", "said"),
        ),
        (
            "But I also cannot stand up and tell them the roof is safe, because it isn’t. That is the position we are in.",
            "Dennis Markby",
            ("he said", "he"),
            ("he said", "said"),
        ),
        (
            "no decision of any kind",
            "Parochial Church Council",
            "The PCC",
            ("said in a statement", "said"),
        ),
        (
            "setting out options, not issuing instructions",
            "diocese",
            "a spokesperson for the diocese",
            ("diocese said", "said"),
        ),
        (
            "A bell that leaves a tower almost never comes back,",
            "Freda Oakes",
            "Mrs Oakes",
            ("Mrs Oakes said", "said"),
        ),
        (
            "Roofs can be patched. Sound cannot.",
            "Freda Oakes",
            "Mrs Oakes",
            ("Mrs Oakes said", "said"),
        ),
    ],
    ["Fen Roof Fund", "Now Thank We All Our God"],
)

article(
    "blind45-en03",
    "en",
    """Merchants say new Adeline Street bike lanes are ‘killing’ foot traffic. Cyclists say the data says otherwise

The protected lanes opened in January. Some shop owners want the parking back; the city says it is too early to judge.

By Rosa Villanueva-Kemp
March 17, 2026, 6:05 a.m.

A cyclist rides past the planters on Adeline Street near Oak Row. Credit: Rosa Villanueva-Kemp

Two months after the city replaced 46 parking spaces on a six-block stretch of Adeline Street with protected bike lanes, a group of merchants is asking the City Council to restore at least half of them.
“I have been on this block 19 years and I have never had a January like this one,” said Tomasz Brandt, who owns Brandt’s Hardware & Keys. “My regulars are in their seventies. They are not going to ride a cargo bike to buy a hose.”
Brandt is one of 31 business owners who signed a letter to the council last week. The letter calls the lanes “a well-meaning experiment carried out on our livelihoods” and asks for a six-month review.
Read more: What to know about the 2026 repaving schedule
City data tells a more complicated story. Counts released in February show bike trips on the corridor roughly tripled, while sales-tax receipts for the blocks were down 4% year over year — about the same as the citywide dip.
“It is far too early to draw conclusions from a single quarter,” city spokesperson Damon Oyelaran said in an email. He said the city would publish a full evaluation under the “Adeline Safe Streets Plan” in the fall.
District 3 Councilmember Priya Halvorsen, who championed the lanes, posted a photo of a packed bike corral on Instagram on Sunday.
“Forty bikes outside a bakery at 10 a.m. on a Sunday,” she wrote. “That is not a street that is dying.”
She told Berkeleyside she was willing to meet with merchants but would not support removing the lanes.
Some shoppers are split. “I love the lanes,” said a woman loading groceries into a bike trailer outside Oak Row Market, who gave only her first name, Lise, “but I do feel for the older folks who used to park right out front.”
A man waiting at the bus stop nearby, who did not want to be named, was blunter. “It’s fine,” the shopper said. “It’s a street. People will figure it out.”
Locals have taken to calling the planters “the Great Wall of Adeline.”
The council is expected to discuss the merchants’ letter on April 7.

Related stories
Share this:
Email Facebook Reddit""",
    [
        ("killing", "merchants", "Merchants", ("Merchants say", "say")),
        (
            "I have been on this block 19 years and I have never had a January like this one,",
            "Tomasz Brandt",
            "Tomasz Brandt",
            "said",
        ),
        (
            "My regulars are in their seventies. They are not going to ride a cargo bike to buy a hose.",
            "Tomasz Brandt",
            "Tomasz Brandt",
            "said",
        ),
        (
            "a well-meaning experiment carried out on our livelihoods",
            "merchants",
            "The letter",
            "calls",
        ),
        (
            "It is far too early to draw conclusions from a single quarter,",
            "Damon Oyelaran",
            "Damon Oyelaran",
            "said",
        ),
        (
            "Forty bikes outside a bakery at 10 a.m. on a Sunday,",
            "Priya Halvorsen",
            ("she wrote", "she"),
            "wrote",
        ),
        ("That is not a street that is dying.", "Priya Halvorsen", ("she wrote", "she"), "wrote"),
        ("I love the lanes,", "Lise", ("said a woman", "a woman"), ("said a woman", "said")),
        (
            "but I do feel for the older folks who used to park right out front.",
            "Lise",
            ("said a woman", "a woman"),
            ("said a woman", "said"),
        ),
        ("It’s fine,", "shopper", "the shopper", ("the shopper said", "said")),
        (
            "It’s a street. People will figure it out.",
            "shopper",
            "the shopper",
            ("the shopper said", "said"),
        ),
    ],
    ["Adeline Safe Streets Plan", "the Great Wall of Adeline."],
)

article(
    "blind45-en04",
    "en",
    """Thieves raid Chikwawe community maize store, 80 bags gone

By Gift Mbewe | Nyasa Times
March 19, 2026 at 10:14 am

Villagers in the area of Group Village Headman Kasongo in Chikwawe District are counting losses after thieves broke into a community grain store and carted away 80 bags of maize meant to carry households through the lean season.
The store, built in 2023 with support from a local farmers' cooperative, was found open on Monday morning with its padlock cut.
Group Village Headman Kasongo said the theft was "a betrayal by people who know this village very well."
"Those who did this knew which night the watchman was sick. They knew where the key was kept. These are not strangers," he said.
"We are asking the police to help us, but we are also asking our own people to speak. Somebody saw a lorry."
Chikwawe District Commissioner Martha Nyirenda, who visited the site on Tuesday, told Nyasa Times that the council would provide emergency relief to the 212 affected households.
"No family in this village will go to bed hungry because of this crime," she said.
The DC added that the district would review security at all 14 community stores built under the "Nkhokwe Yathu" initiative, which she described as "one of the most successful projects we have had."
Police in the district confirmed they had opened an investigation. Station officer Inspector Dalitso Phiri said two people had been taken in for questioning but had not been charged.
"We will not rush. We want the right people," Inspector Phiri said.
One farmer, a mother of four who contributed six bags to the store, said she did not know how she would feed her children until the next harvest.
"I put everything in there because they told us it was safe," the farmer said. "Now I have nothing left at home."
In a statement issued on Wednesday, the Ministry of Agriculture said it "strongly condemns" the theft, and it said that it was working with the district council "to ensure that no household is left without food."
Related Posts
Share on Facebook Share on WhatsApp""",
    [
        (
            "a betrayal by people who know this village very well.",
            "Kasongo",
            "Group Village Headman Kasongo",
            "said",
        ),
        (
            "Those who did this knew which night the watchman was sick. They knew where the key was kept. These are not strangers,",
            "Kasongo",
            ("he said", "he"),
            "said",
        ),
        (
            "We are asking the police to help us, but we are also asking our own people to speak. Somebody saw a lorry.",
            "Kasongo",
            None,
            None,
        ),
        (
            "No family in this village will go to bed hungry because of this crime,",
            "Martha Nyirenda",
            ("she said", "she"),
            "said",
        ),
        (
            "one of the most successful projects we have had.",
            "Martha Nyirenda",
            ("which she described", "she"),
            "described",
        ),
        (
            "We will not rush. We want the right people,",
            "Dalitso Phiri",
            "Inspector Phiri",
            ("Inspector Phiri said", "said"),
        ),
        (
            "I put everything in there because they told us it was safe,",
            "farmer",
            "the farmer",
            ("the farmer said", "said"),
        ),
        (
            "Now I have nothing left at home.",
            "farmer",
            "the farmer",
            ("the farmer said", "said"),
        ),
        (
            "strongly condemns",
            "Ministry of Agriculture",
            "the Ministry of Agriculture",
            ("Agriculture said", "said"),
        ),
        (
            "to ensure that no household is left without food.",
            "Ministry of Agriculture",
            ("and it said", "it"),
            ("and it said", "said"),
        ),
    ],
    ["Nkhokwe Yathu"],
)

article(
    "blind45-en05",
    "en",
    """Harlow & Vane to close 22 stores as it shifts to “fewer, bigger” shops

The mid-market womenswear chain will cut around 260 store roles, with its chief executive saying the business had “too many shops in the wrong places”

By Sophie Atherley
18 March 2026

Retail | Womenswear | Store closures

Womenswear retailer Harlow & Vane is to close 22 of its 71 UK stores by the end of the summer, putting around 260 jobs at risk.
The Leicester-based business, which is owned by private equity firm Castlegate Partners, said the closures were part of a three-year plan to focus on larger stores in regional shopping centres and to grow online sales, which now account for 38% of revenue.
Chief executive Anita Morrow told Drapers the estate had been built for “a high street that no longer exists”.
“We have too many shops in the wrong places, and some of them have not made money since before the pandemic,” she said. “Closing them is painful, but keeping them open would put the other 49 at risk.”
In a statement to staff, seen by Drapers, Morrow said affected colleagues would be offered roles in other stores “wherever that is practical”.
The retailer’s spring collection, “Quiet Luxe”, launched in February, and Morrow said early sales had been “encouraging”.
Read more: Castlegate-backed brands face tighter lending terms
Retail analyst Jonathan Pike, of Meridian Retail Insight, said the move was “overdue but sensible”.
“Harlow & Vane has a loyal customer, but she is not walking down a secondary high street on a Tuesday any more,” he said. “She is going to the big centre at the weekend, or she is buying on her phone.”
He added that the chain’s reliance on what the industry calls “dead-zone” units — small shops on declining streets — had been “an open secret for years”.
One store manager, who asked not to be named because she had not been authorised to speak, said staff at her branch in the East Midlands learned of the closure on a video call.
“Twelve minutes, and then the screen went black,” the manager said. “Half of us were still on the shop floor serving customers.”
A spokeswoman for Harlow & Vane said the company had briefed all staff “on the same day, at the same time” and that consultation with employee representatives would begin next week.
The closures follow 14 shut last year.
Share on LinkedIn
Share on X
Topics: Harlow & Vane, Castlegate Partners""",
    [
        ("fewer, bigger", "Harlow & Vane", "Harlow & Vane", None),
        (
            "too many shops in the wrong places",
            "Anita Morrow",
            "its chief executive",
            "saying",
        ),
        (
            "a high street that no longer exists",
            "Anita Morrow",
            "Chief executive Anita Morrow",
            "told",
        ),
        (
            "We have too many shops in the wrong places, and some of them have not made money since before the pandemic,",
            "Anita Morrow",
            ("she said", "she"),
            "said",
        ),
        (
            "Closing them is painful, but keeping them open would put the other 49 at risk.",
            "Anita Morrow",
            ("she said", "she"),
            "said",
        ),
        (
            "wherever that is practical",
            "Anita Morrow",
            ("Morrow said affected", "Morrow"),
            ("Morrow said affected", "said"),
        ),
        (
            "encouraging",
            "Anita Morrow",
            ("Morrow said early", "Morrow"),
            ("Morrow said early", "said"),
        ),
        ("overdue but sensible", "Jonathan Pike", "Retail analyst Jonathan Pike", "said"),
        (
            "Harlow & Vane has a loyal customer, but she is not walking down a secondary high street on a Tuesday any more,",
            "Jonathan Pike",
            ("he said", "he"),
            "said",
        ),
        (
            "She is going to the big centre at the weekend, or she is buying on her phone.",
            "Jonathan Pike",
            ("he said", "he"),
            "said",
        ),
        ("an open secret for years", "Jonathan Pike", ("He added", "He"), "added"),
        (
            "Twelve minutes, and then the screen went black,",
            "store manager",
            "the manager",
            ("the manager said", "said"),
        ),
        (
            "Half of us were still on the shop floor serving customers.",
            "store manager",
            "the manager",
            ("the manager said", "said"),
        ),
        (
            "on the same day, at the same time",
            "Harlow & Vane",
            "A spokeswoman for Harlow & Vane",
            "said",
        ),
    ],
    ["Quiet Luxe", "dead-zone"],
)

article(
    "blind45-en06",
    "en",
    """Governor demands answers over washed-out Wamira road

BY JOEL KAUPA
March 16, 2026

THE Governor of Kerema Highlands Province has given the provincial works division two weeks to explain why a K4.2 million section of the Wamira-Tekapu road washed away less than a year after it was sealed.
Governor Samuel Ipiri inspected the damaged section on Saturday with ward members and church leaders from the Tekapu area.
"This road was opened with speeches and ribbons in May. Today I am standing in a river where the road used to be," Mr Ipiri said.
"I want the engineer's report, I want the contract, and I want to know who signed off on the drainage. The people deserve to know where their money went."
The Governor said he would refer the matter to the provincial audit committee if he was not satisfied with the answers.
About 6,000 people in the Tekapu valley now have no vehicle access to the district health centre at Wamira, and coffee growers say they cannot get their beans to the buyers.
A mother from Tekapu village, speaking in Tok Pisin, said she had walked for five hours to bring her sick son to the health centre.
"We carried him across the water on our shoulders. If the rain comes again, we will not make it," the mother said.
Acting provincial works manager Betty Sarufa said the damage was caused by "an extreme rainfall event well beyond the design standard" and denied that the work had been substandard.
"Our engineers followed the specifications in the contract," Ms Sarufa said. "We will cooperate fully with the Governor's inquiry."
Locals have long called the low-lying stretch "Solwara Kona" because it floods in every wet season, and several ward members said they had warned the contractor.
Ward 7 member Peter Kinagu said: "We told them in the planning meeting. We told them again when the trucks came. Nobody listened to village people."
The provincial works division said in a notice posted at Wamira station that a temporary crossing would be built "within 21 days, weather permitting."
Post-Courier understands the contractor, Highlands Civil Ltd, has been asked to attend a meeting with the Governor next week.
Share this:
Facebook WhatsApp""",
    [
        (
            "This road was opened with speeches and ribbons in May. Today I am standing in a river where the road used to be,",
            "Samuel Ipiri",
            "Mr Ipiri",
            "said",
        ),
        (
            "I want the engineer's report, I want the contract, and I want to know who signed off on the drainage. The people deserve to know where their money went.",
            "Samuel Ipiri",
            None,
            None,
        ),
        (
            "We carried him across the water on our shoulders. If the rain comes again, we will not make it,",
            "mother",
            "the mother",
            ("the mother said", "said"),
        ),
        (
            "an extreme rainfall event well beyond the design standard",
            "Betty Sarufa",
            "Betty Sarufa",
            "said",
        ),
        (
            "Our engineers followed the specifications in the contract,",
            "Betty Sarufa",
            "Ms Sarufa",
            ("Ms Sarufa said", "said"),
        ),
        (
            "We will cooperate fully with the Governor's inquiry.",
            "Betty Sarufa",
            "Ms Sarufa",
            ("Ms Sarufa said", "said"),
        ),
        (
            "We told them in the planning meeting. We told them again when the trucks came. Nobody listened to village people.",
            "Peter Kinagu",
            "Ward 7 member Peter Kinagu",
            "said",
        ),
        (
            "within 21 days, weather permitting.",
            "provincial works division",
            "The provincial works division",
            ("division said", "said"),
        ),
    ],
    ["Solwara Kona"],
)

article(
    "blind45-en07",
    "en",
    """‘We Built This Place’: Co-op Members Fight Eviction Notices in East Van

A board says it is following the rules. Longtime residents say the rules were rewritten to push them out.

Devi Rangan-Holt 18 Mar 2026 | The Tyee

Devi Rangan-Holt is a reporter for The Tyee.

Marguerite Okafor still has the hammer she used in 1987, when she and about 40 neighbours spent a summer of weekends turning a derelict cannery warehouse into what became the Clark Mill Housing Co-operative.
Now, at 74, she has 60 days to leave.
“They talk about me like I’m a tenant who missed the rent,” Okafor says, sitting in the kitchen she tiled herself. “I was here before there was a roof.
“I am not asking for anything special. I am asking them to follow the rules we all voted on.”
Okafor is one of seven members who received notices in February ending their membership for what the co-op’s board calls “persistent non-participation” — missing the required volunteer hours for two years running.
In a letter to members, the board wrote that it had “no discretion” under the co-op’s occupancy bylaw and that the notices were “not personal.”
But the members, most of them over 70, say the volunteer requirement was raised from four hours a month to 10 hours in 2024, and that requests for medical exemptions went unanswered.
“It was never about the hours,” says Tariq Benyamin, 71, who has lived at Clark Mill for 29 years, “and everybody in this building knows it. Market units rent for three times what we pay.”
Board president Colleen Strand did not respond to an interview request. In a written reply, she said the board “has acted at all times in accordance with our bylaws and the Cooperative Association Act.”
A 2025 report from a provincial tenant advocacy group, titled “Aging in Co-ops,” found older members were disproportionately likely to lose their homes through participation rules.
Housing lawyer Anjali Mehta-Cruz, who is advising the seven members, says the notices may not survive a challenge.
“A bylaw that is applied to seven seniors and nobody else is not being applied neutrally,” she says. “That’s the question a court will ask.”
The members will ask the BC Supreme Court for an injunction next month.
Okafor says she will be there.
“I still have the hammer. I’ll bring it.”
Read more: Housing, Urban Planning
[Tyee]""",
    [
        ("We Built This Place", "members", "Co-op Members", None),
        (
            "They talk about me like I’m a tenant who missed the rent,",
            "Marguerite Okafor",
            "Okafor",
            ("Okafor says", "says"),
        ),
        (
            "I was here before there was a roof.",
            "Marguerite Okafor",
            "Okafor",
            ("Okafor says", "says"),
        ),
        (
            "I am not asking for anything special. I am asking them to follow the rules we all voted on.",
            "Marguerite Okafor",
            "Okafor",
            ("Okafor says", "says"),
        ),
        (
            "persistent non-participation",
            "Clark Mill Housing Co-operative board",
            "the co-op’s board",
            "calls",
        ),
        ("no discretion", "Clark Mill Housing Co-operative board", "the board", "wrote"),
        ("not personal.", "Clark Mill Housing Co-operative board", "the board", "wrote"),
        (
            "It was never about the hours,",
            "Tariq Benyamin",
            "Tariq Benyamin",
            "says",
        ),
        (
            "and everybody in this building knows it. Market units rent for three times what we pay.",
            "Tariq Benyamin",
            "Tariq Benyamin",
            "says",
        ),
        (
            "has acted at all times in accordance with our bylaws and the Cooperative Association Act.",
            "Colleen Strand",
            ("she said the board", "she"),
            ("she said the board", "said"),
        ),
        (
            "A bylaw that is applied to seven seniors and nobody else is not being applied neutrally,",
            "Anjali Mehta-Cruz",
            ("she says", "she"),
            ("she says", "says"),
        ),
        (
            "That’s the question a court will ask.",
            "Anjali Mehta-Cruz",
            ("she says", "she"),
            ("she says", "says"),
        ),
        ("I still have the hammer. I’ll bring it.", "Marguerite Okafor", None, None),
    ],
    ["Aging in Co-ops,"],
)

article(
    "blind45-en08",
    "en",
    """Fire guts 140 stalls at Chandamali market

By CHIPO MWANSA
Lusaka

Posted on March 21, 2026

TRADERS at Chandamali Market in Lusaka's Kanyama area are counting losses after a night fire destroyed about 140 stalls in the section known as "Salaula Corner", where second-hand clothes are sold.
No one was injured in the fire, which started shortly after 02:00 hours on Thursday and burnt for about three hours before fire tenders from the Lusaka City Council brought it under control.
Lusaka City Council town clerk Mwila Chansa, who visited the market yesterday, said the local authority would clear the debris and set up temporary shelters "within one week."
"We are very saddened by this loss. Many of these traders feed big families from these stalls," Mr Chansa said.
"The council will work with the Disaster Management and Mitigation Unit to see how the affected can be helped to restart their businesses."
He said the cause of the fire was not yet known.
Police spokesperson Inspector Rhoda Chilufya said officers had recorded statements from the market's night guards.
"At this stage we cannot rule out anything," Inspector Chilufya said. "We urge anyone with information to come forward."
A trader who had sold children's clothes at the market for 11 years said she had lost stock worth about K35,000, most of it bought on credit.
"Everything was inside. I have nothing to show the people I borrowed from," the trader said, wiping away tears.
Marketeers' association chairperson Kelvin Simwanza said traders had for years complained about "illegal electricity connections" in the section, and called on the council to "stop promising and start fixing".
"We wrote letters in 2022 and again last year," he said. "Every time, they come, they look, they go."
Mr Chansa, however, said the council had disconnected more than 60 illegal connections at the market since January, and that the "Safe Markets" programme would be extended to Chandamali this year.
Meanwhile, area Member of Parliament Grace Lungu has donated 50 bags of mealie-meal to affected families.
"I stand with the traders of Chandamali," Ms Lungu said.
Share this:
Twitter Facebook WhatsApp""",
    [
        (
            "within one week.",
            "Mwila Chansa",
            "Lusaka City Council town clerk Mwila Chansa",
            "said",
        ),
        (
            "We are very saddened by this loss. Many of these traders feed big families from these stalls,",
            "Mwila Chansa",
            "Mr Chansa",
            ("Mr Chansa said", "said"),
        ),
        (
            "The council will work with the Disaster Management and Mitigation Unit to see how the affected can be helped to restart their businesses.",
            "Mwila Chansa",
            None,
            None,
        ),
        (
            "At this stage we cannot rule out anything,",
            "Rhoda Chilufya",
            "Inspector Chilufya",
            ("Inspector Chilufya said", "said"),
        ),
        (
            "We urge anyone with information to come forward.",
            "Rhoda Chilufya",
            "Inspector Chilufya",
            ("Inspector Chilufya said", "said"),
        ),
        (
            "Everything was inside. I have nothing to show the people I borrowed from,",
            "trader",
            "the trader",
            ("the trader said", "said"),
        ),
        (
            "illegal electricity connections",
            "Kelvin Simwanza",
            "Kelvin Simwanza",
            "said",
        ),
        ("stop promising and start fixing", "Kelvin Simwanza", "Kelvin Simwanza", "called"),
        (
            "We wrote letters in 2022 and again last year,",
            "Kelvin Simwanza",
            ("he said", "he"),
            ("he said", "said"),
        ),
        (
            "Every time, they come, they look, they go.",
            "Kelvin Simwanza",
            ("he said", "he"),
            ("he said", "said"),
        ),
        (
            "I stand with the traders of Chandamali,",
            "Grace Lungu",
            "Ms Lungu",
            ("Ms Lungu said", "said"),
        ),
    ],
    ["Salaula Corner", "Safe Markets"],
)


def main() -> None:
    SET.write(Path(__file__).with_name("blind45_en.jsonl"), WORDS_RANGE)


if __name__ == "__main__":
    main()
