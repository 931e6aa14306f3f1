# ruff: noqa: E501, RUF001
# Prose articles with typographic quotation marks: the long lines and the marks are the data.
"""Builds blind48_en.jsonl: a forty-eighth blind English quotation set (written for depeche, CC0).
Written from scratch by a helper who never read the quotes code, so that its score is an honest,
blind estimate of how ``depeche.quotes`` does on English news text nobody tuned it on. Every
story, person, place and organisation is invented (real countries, regions, cities and a few
public bodies aside). Beats and outlets imitated: a county court listed for closure (Law Society
Gazette: curly single marks with curly apostrophes inside them, a headline quote with no cue, a
consultation paper that "says" with two partial quotes, a quote over two paragraphs after "told
the Gazette", an interrupted quote with "said Brannigan,", an unnamed housing solicitor, a
district judge's remark from the bench, a courts service spokesperson, an MP's post with "he
wrote", a consultation and a campaign title in marks), coffee cherry prices on the Bolaven
Plateau (Vientiane Times: "Latest Update" residue, Lao names given in full once and later as
"Mr"/"Ms" plus the first name, an unnamed grower's question with "he asked", a district
official introduced with "According to", a provincial notice that "states", a quote after a
"said" clause, "she explained", terms and a label in marks), a rural bus route cut (Manx Radio:
straight marks, a single-marked headline quote, "has told Manx Radio" before a colon and a quote
in its own paragraph, an uncued follow-on after indirect speech, a commissioners' Facebook post
with "the board urged", an interrupted MHK with "says", an unnamed passenger after "told us", a
department statement with "says" and "It adds", a dial-a-ride name in marks), a tapa exhibition
losing its grant (Matangi Tonga: straight marks with Tongan 'okina apostrophes inside quotes, a
council that "says", a ministry letter, "she asked", "said in Tongan", "Dr Lolo said", a
reverend, a Facebook post with "posted", an exhibition theme in marks), an island clinic without
a doctor (The Nassau Guardian: straight marks, a single-marked headline quote, a partial quote
after "who residents say", an anonymous nurse and her uncued follow-on, a minister over two
paragraphs, an MP, a quote after "saying,", a clinic door sign and a WhatsApp group in marks,
WordPress "Like this" residue), land cases waiting on community mediators (The New Times,
Rwanda: an uncued follow-on, "he explained" in the middle of a two-part quote, a coalition's
report that "notes", an anonymous judge, a director general with "he told" and "noted", a
quote with no cue word after a "said" clause, a report title in marks), a motorway truck stop
closing (Motor Transport: a headline partial quote with no cue, a planning officer's report, a
trade association chief executive, a LinkedIn post with "he wrote", an unnamed agency driver
after "said:", a developer's statement, "Cllr Beech said", a nickname and a grant name in
marks) and paddy farmers waiting on a reservoir (Daily Mirror, Sri Lanka: initials in names, an
uncued follow-on, "alleged", an irrigation engineer, a Buddhist monk named later as "the Thera",
a district secretary, a petition that "states", placards in marks). Titles, names, terms,
nicknames, signs and slogans in marks are listed as non-quotes. Gold conventions are those of
build_dev.py.

Do not tune the extractor on this file: it measures, it does not teach. Run
``python tests/data/quotes/build_blind48_en.py`` after editing.
Bodies are named by their full name, also when the text gives a short one in brackets.
"""

from __future__ import annotations

from pathlib import Path

from build_dev import ArticleSet

SET = ArticleSet()
article = SET.article
WORDS_RANGE = (300, 650)


article(
    "blind48-en01",
    "en",
    """‘Justice shouldn’t cost a day’s wages’: solicitors fight Kirkholme court closure

Practitioners say the plan would force parents and tenants into 80-mile round trips

By Eleanor Vance
24 November 2026

Kirkholme hearing centre: one of nine sites named in the consultation
Source: Alamy

Solicitors in west Cumbria have promised to fight plans to close Kirkholme County Court and Family Court, warning that the nearest alternative hearing centre is more than 40 miles away on roads that are routinely shut in winter.
HM Courts & Tribunals Service (HMCTS) confirmed last week that Kirkholme is one of nine buildings named in its consultation, ‘Fit for the Future: Modernising the Court Estate’, which closes on 9 January. The consultation paper says the building is in use ‘on fewer than two days a week’ and that its work ‘can be absorbed at Carlisle without detriment to court users’.
Rachel Ostle, president of the West Cumbria Law Society, said the figures told only half the story.
‘Utilisation is low because HMCTS has spent five years quietly moving lists out of the building,’ she said. ‘You can’t starve a court of work and then close it for being hungry.’
Ostle told the Gazette that the people most affected would be those least able to travel. ‘Justice shouldn’t cost a day’s wages. For a parent in a child arrangements case, that is exactly what this means: a day off, a train, a bus, and a hearing that may well be adjourned.
‘Nobody in London seems to have looked at a bus timetable for the Solway coast.’
Tom Brannigan, a partner at Brannigan Holme in Workington, said remote hearings were no substitute for many of his clients.
‘Last month I had a client,’ said Brannigan, ‘who left home at six in the morning for a ten o’clock hearing that lasted eleven minutes. She couldn’t do it by video because she hasn’t got a laptop, and her phone ran out of data halfway through the last one.’
One housing solicitor, who asked not to be named because her firm holds a legal aid contract in the area, said possession lists would be hit hardest. ‘Tenants facing eviction are the people least likely to own a car. If they don’t turn up, they lose their home by default,’ she said.
The concern has been echoed from the bench. At a hearing in Carlisle in October, District Judge Mairead Colley remarked that one litigant had ‘travelled further to reach this court than the sum in dispute would pay for’.
An HMCTS spokesperson said: ‘No decisions have been made. We want to hear from everyone who uses Kirkholme, and we will consider every response carefully.’
The spokesperson added that video hearings had been ‘well received by the large majority of users’.
The law society has launched a campaign, ‘Keep Justice Local’, and is urging members and their clients to respond to the consultation before it closes.
Kirkholme and Solway MP Jonathan Pattinson said he had asked for a meeting with the courts minister. In a post on X, he wrote: ‘Closing Kirkholme doesn’t save money. It moves the cost onto the people who can least afford it.’

Topics: Courts / HMCTS / Family law / Access to justice

Share: LinkedIn X Email
Comments (4)""",
    [
        ("Justice shouldn’t cost a day’s wages", "Rachel Ostle", None, None),
        (
            "on fewer than two days a week",
            "HM Courts & Tribunals Service",
            "The consultation paper",
            "says",
        ),
        (
            "can be absorbed at Carlisle without detriment to court users",
            "HM Courts & Tribunals Service",
            "The consultation paper",
            "says",
        ),
        (
            "Utilisation is low because HMCTS has spent five years quietly moving lists out of the building,",
            "Rachel Ostle",
            ("she said. ‘You", "she"),
            ("she said. ‘You", "said"),
        ),
        (
            "You can’t starve a court of work and then close it for being hungry.",
            "Rachel Ostle",
            ("she said. ‘You", "she"),
            ("she said. ‘You", "said"),
        ),
        (
            "Justice shouldn’t cost a day’s wages. For a parent in a child arrangements case, that is exactly what this means: a day off, a train, a bus, and a hearing that may well be adjourned.",
            "Rachel Ostle",
            ("Ostle told the Gazette", "Ostle"),
            ("Ostle told the Gazette", "told"),
        ),
        (
            "Nobody in London seems to have looked at a bus timetable for the Solway coast.",
            "Rachel Ostle",
            ("Ostle told the Gazette", "Ostle"),
            ("Ostle told the Gazette", "told"),
        ),
        (
            "Last month I had a client,",
            "Tom Brannigan",
            ("said Brannigan", "Brannigan"),
            ("said Brannigan", "said"),
        ),
        (
            "who left home at six in the morning for a ten o’clock hearing that lasted eleven minutes. She couldn’t do it by video because she hasn’t got a laptop, and her phone ran out of data halfway through the last one.",
            "Tom Brannigan",
            ("said Brannigan", "Brannigan"),
            ("said Brannigan", "said"),
        ),
        (
            "Tenants facing eviction are the people least likely to own a car. If they don’t turn up, they lose their home by default,",
            "solicitor",
            ("she said.\nThe concern", "she"),
            ("she said.\nThe concern", "said"),
        ),
        (
            "travelled further to reach this court than the sum in dispute would pay for",
            "Mairead Colley",
            "District Judge Mairead Colley",
            "remarked",
        ),
        (
            "No decisions have been made. We want to hear from everyone who uses Kirkholme, and we will consider every response carefully.",
            "HM Courts & Tribunals Service",
            "An HMCTS spokesperson",
            ("spokesperson said:", "said"),
        ),
        (
            "well received by the large majority of users",
            "HM Courts & Tribunals Service",
            "The spokesperson",
            "added",
        ),
        (
            "Closing Kirkholme doesn’t save money. It moves the cost onto the people who can least afford it.",
            "Jonathan Pattinson",
            ("he wrote", "he"),
            ("he wrote", "wrote"),
        ),
    ],
    ["Fit for the Future: Modernising the Court Estate", "Keep Justice Local"],
)

article(
    "blind48-en02",
    "en",
    """Coffee growers on Bolaven Plateau cry foul over falling prices

(Latest Update November 25, 2026)

By Phetsamone Xayavong

A farmer sorts freshly picked coffee cherries at a collection point in Paksong district.

Coffee growers in Champassak province’s Paksong district say the price they are being offered for fresh coffee cherries this harvest has fallen by almost a third, even though world coffee prices remain high.
Farmers in several villages told Vientiane Times that buyers from a large processing company were paying 4,500 kip per kg for fresh cherries, compared with 6,500 kip per kg at the start of last year’s harvest.
“We have no choice. The cherries must be sold within two days of picking or they go bad,” said Mr Bounmy Phommachanh, who grows coffee on 3 hectares in Nonghin village.
“The company knows this, so they set the price and we accept it,” he added.
Mr Bounmy said many families in the village had borrowed money to buy fertiliser and hire pickers, and now feared they would not be able to repay their loans.
Another grower, who asked not to be named, said some farmers had stopped picking altogether. “Why pay the pickers more than we earn from the beans?” he asked.
Most smallholders sell their harvest as “cherry”, the fresh fruit, because they do not have the equipment to process it into dried “parchment” coffee, which fetches a higher price.
The Deputy Director of Bolaven Highland Coffee Export Co., Ltd, Ms Chanthaly Sengsouriya, said the company’s buying price reflected “the quality of the cherries and the cost of transport and processing”.
“This year we have received a lot of unripe and mixed cherries. We pay more for red, ripe cherries, and we have explained this to the village heads,” Ms Chanthaly said.
She said the company planned to open two more collection points in the district next year so that farmers would not have to travel so far.
According to Mr Khamsing Vongphachanh, head of the Paksong District Agriculture and Forestry Office, officials have received complaints from at least 12 villages. He said the office would invite the company and village representatives to a meeting “in the next two weeks” to discuss a minimum price.
“We want the coffee business to grow, but it must grow for the farmers as well as for the companies,” he said.
A notice issued in October by the Champassak Provincial Department of Industry and Commerce states that buyers are “strictly prohibited” from agreeing on prices among themselves, and requires purchase prices to be displayed at every collection point.
Mr Bounmy said he had never seen a price board. “Maybe in town. Not here,” he said.
A member of the Paksong Coffee Producers’ Group, Ms Vilayvanh Keomany, said farmers’ groups should be allowed to sell directly to exporters. The group already sells roasted coffee under its own “Paksong Pride” label.
“When we sell together, we can wait for a better price. Alone, one family can wait for nothing,” she explained.
Coffee is one of Laos’ main agricultural exports, and most of it is grown on the Bolaven Plateau.

Share: Facebook Twitter""",
    [
        (
            "We have no choice. The cherries must be sold within two days of picking or they go bad,",
            "Bounmy Phommachanh",
            "Mr Bounmy Phommachanh",
            "said",
        ),
        (
            "The company knows this, so they set the price and we accept it,",
            "Bounmy Phommachanh",
            ("he added", "he"),
            ("he added", "added"),
        ),
        (
            "Why pay the pickers more than we earn from the beans?",
            "grower",
            ("he asked", "he"),
            ("he asked", "asked"),
        ),
        (
            "the quality of the cherries and the cost of transport and processing",
            "Chanthaly Sengsouriya",
            "Ms Chanthaly Sengsouriya",
            ("Sengsouriya, said", "said"),
        ),
        (
            "This year we have received a lot of unripe and mixed cherries. We pay more for red, ripe cherries, and we have explained this to the village heads,",
            "Chanthaly Sengsouriya",
            ("Ms Chanthaly said", "Ms Chanthaly"),
            ("Ms Chanthaly said", "said"),
        ),
        (
            "in the next two weeks",
            "Khamsing Vongphachanh",
            ("He said the office", "He"),
            ("He said the office", "said"),
        ),
        (
            "We want the coffee business to grow, but it must grow for the farmers as well as for the companies,",
            "Khamsing Vongphachanh",
            ("he said.\nA notice", "he"),
            ("he said.\nA notice", "said"),
        ),
        (
            "strictly prohibited",
            "Champassak Provincial Department of Industry and Commerce",
            "A notice",
            "states",
        ),
        (
            "Maybe in town. Not here,",
            "Bounmy Phommachanh",
            ("he said.\nA member", "he"),
            ("he said.\nA member", "said"),
        ),
        (
            "When we sell together, we can wait for a better price. Alone, one family can wait for nothing,",
            "Vilayvanh Keomany",
            ("she explained", "she"),
            ("she explained", "explained"),
        ),
    ],
    ["cherry", "parchment", "Paksong Pride"],
)

article(
    "blind48-en03",
    "en",
    """Ballacrink bus cut 'will leave elderly stranded'

Date: 25 Nov 2026 | 16:41
By Ewan Corlett

Image: Bus Vannin

Residents in the north of the Island say plans to cut their only bus service will leave older people cut off.
Bus Vannin's route 18, which links Ballacrink with Ramsey, will run on Tuesdays, Thursdays and Saturdays only from 5 January, under a revised timetable published by the Department of Infrastructure.
The Department says the change is needed because the service carries an average of four passengers per journey.
The chair of Ballacrink Commissioners, Margaret Kinvig, has told Manx Radio the decision was taken without any consultation:
"We found out from the timetable on the website. Not a letter, not a phone call. For people who don't drive, that bus is the doctor, the shops and the chemist - it's everything."
Mrs Kinvig says around a third of the village's 600 residents are over 70, and many of them live alone.
"Cutting it to three days a week will leave elderly residents stranded. I don't think that's an exaggeration, I think that's just arithmetic."
In a post on the commissioners' Facebook page, the board urged residents to "make their voices heard" before Tynwald's transport committee meets next month.
Ayre and Michael MHK Juan Skillicorn says he's raised the matter with the Infrastructure Minister.
"I understand the Department has to balance the books," Mr Skillicorn says, "but you can't measure a lifeline by counting heads on a wet Tuesday afternoon in November."
He adds that he'll be asking a question about rural routes at next month's sitting of the House of Keys.
One passenger, who uses route 18 to get to work at Ramsey Cottage Hospital, told us she may have to give up her job: "I can't afford a taxi twice a day on what I earn. I just can't."
In a statement, the Department of Infrastructure says: "Bus Vannin has to make the best use of its drivers and vehicles across the whole network. Route 18 will continue to serve Ballacrink three days a week, and the Department will keep usage under review."
It adds that its dial-a-ride service, "Connect North", is "available to anyone who meets the eligibility criteria" and can be booked a day in advance.
Mrs Kinvig says that's not good enough, because the minibus has only eight seats for the whole of the north.
The commissioners will hold a public meeting in Ballacrink Village Hall next Thursday at 7pm.

Listen: Margaret Kinvig speaking to Manx Radio's Ewan Corlett

You can hear more on this story on Mandate from 5pm.

Share this: Facebook X WhatsApp""",
    [
        ("will leave elderly stranded", "Margaret Kinvig", None, None),
        (
            "We found out from the timetable on the website. Not a letter, not a phone call. For people who don't drive, that bus is the doctor, the shops and the chemist - it's everything.",
            "Margaret Kinvig",
            "Margaret Kinvig",
            "has told",
        ),
        (
            "Cutting it to three days a week will leave elderly residents stranded. I don't think that's an exaggeration, I think that's just arithmetic.",
            "Margaret Kinvig",
            None,
            None,
        ),
        ("make their voices heard", "Ballacrink Commissioners", "the board", "urged"),
        (
            "I understand the Department has to balance the books,",
            "Juan Skillicorn",
            ("Mr Skillicorn says", "Mr Skillicorn"),
            ("Mr Skillicorn says", "says"),
        ),
        (
            "but you can't measure a lifeline by counting heads on a wet Tuesday afternoon in November.",
            "Juan Skillicorn",
            ("Mr Skillicorn says", "Mr Skillicorn"),
            ("Mr Skillicorn says", "says"),
        ),
        (
            "I can't afford a taxi twice a day on what I earn. I just can't.",
            "passenger",
            "One passenger",
            "told",
        ),
        (
            "Bus Vannin has to make the best use of its drivers and vehicles across the whole network. Route 18 will continue to serve Ballacrink three days a week, and the Department will keep usage under review.",
            "Department of Infrastructure",
            ("the Department of Infrastructure says:", "Department of Infrastructure"),
            ("Infrastructure says:", "says"),
        ),
        (
            "available to anyone who meets the eligibility criteria",
            "Department of Infrastructure",
            ("It adds that its", "It"),
            ("It adds that its", "adds"),
        ),
    ],
    ["Connect North"],
)

article(
    "blind48-en04",
    "en",
    """Ngatu makers left without a venue as exhibition grant cut

Nuku'alofa, Tonga

Tuesday, November 24, 2026 - 11:52. Updated on Tuesday, November 24, 2026 - 13:05.

By Mele Tu'ipulotu

Women of a kautaha in Kolovai beat hiapo bark for this year's ngatu. Photo/Matangi Tonga

The Tongatapu Kautaha Koka'anga Council, which represents 46 women's tapa-making groups, says it is "heartbroken" that government funding for the annual national ngatu exhibition has been withdrawn, ending an event that has been held every December for 19 years.
The Ministry of Culture and Heritage informed the council in a letter dated November 12 that the TOP$85,000 grant would not be renewed "due to competing priorities in the 2026/27 budget".
The council's president, 'Ana Fifita Havea, said the letter arrived less than a month before the exhibition was due to open on the Nuku'alofa waterfront.
"The women have been beating the bark since June. Some of these ngatu are 50 langanga long. Where do we put them now?" she asked.
Mrs Havea said more than 300 women had been preparing pieces for the exhibition, whose theme this year was "Nima 'a e Fa'e" - the mother's hands.
Salote Manu, 74, from Kolovai, who has taken part in every exhibition since the first one, said in Tongan that the event was "the only time the young people see what their grandmothers can do".
"When I am gone, who will show them?" she said.
The Chief Executive Officer of the Ministry, Dr Sione Tupou Lolo, told Matangi Tonga on Monday that the decision was "not a reflection on the value of ngatu".
"Government treasures our ngatu. But this year the Ministry had to make hard choices, and the exhibition was one of them," Dr Lolo said.
He said the Ministry would "look at other ways to support the women", including a smaller display in the foyer of the Ministry's office in Kolofo'ou.
Mrs Havea rejected that idea. "A ngatu of 50 langanga does not fit in a foyer," she said.
Rev. Dr Tevita Ha'unga, whose congregation in Ma'ufanga has offered its church hall, said several churches in the capital had called the council this week.
"We cannot let this tradition become something we only read about in books. If our halls are big enough for our feasts, they are big enough for our mothers' ngatu," he said.
The council posted on its Facebook page on Monday night: "Malo 'aupito to everyone who has called and messaged us. The exhibition will go ahead, somewhere, somehow. Please keep praying for the women."
Mrs Havea said a decision on a new venue would be announced next week.

Tags: ngatu, koka'anga, culture, Ministry of Culture and Heritage""",
    [
        (
            "heartbroken",
            "Tongatapu Kautaha Koka'anga Council",
            "The Tongatapu Kautaha Koka'anga Council",
            "says",
        ),
        (
            "due to competing priorities in the 2026/27 budget",
            "Ministry of Culture and Heritage",
            "The Ministry of Culture and Heritage",
            "informed",
        ),
        (
            "The women have been beating the bark since June. Some of these ngatu are 50 langanga long. Where do we put them now?",
            "'Ana Fifita Havea",
            ("she asked", "she"),
            ("she asked", "asked"),
        ),
        (
            "the only time the young people see what their grandmothers can do",
            "Salote Manu",
            "Salote Manu",
            ("said in Tongan", "said"),
        ),
        (
            "When I am gone, who will show them?",
            "Salote Manu",
            ("she said.\nThe Chief", "she"),
            ("she said.\nThe Chief", "said"),
        ),
        (
            "not a reflection on the value of ngatu",
            "Sione Tupou Lolo",
            "Dr Sione Tupou Lolo",
            "told",
        ),
        (
            "Government treasures our ngatu. But this year the Ministry had to make hard choices, and the exhibition was one of them,",
            "Sione Tupou Lolo",
            ("Dr Lolo said", "Dr Lolo"),
            ("Dr Lolo said", "said"),
        ),
        (
            "look at other ways to support the women",
            "Sione Tupou Lolo",
            ("He said the Ministry", "He"),
            ("He said the Ministry", "said"),
        ),
        (
            "A ngatu of 50 langanga does not fit in a foyer,",
            "'Ana Fifita Havea",
            ("she said.\nRev.", "she"),
            ("she said.\nRev.", "said"),
        ),
        (
            "We cannot let this tradition become something we only read about in books. If our halls are big enough for our feasts, they are big enough for our mothers' ngatu,",
            "Tevita Ha'unga",
            ("he said", "he"),
            ("he said", "said"),
        ),
        (
            "Malo 'aupito to everyone who has called and messaged us. The exhibition will go ahead, somewhere, somehow. Please keep praying for the women.",
            "Tongatapu Kautaha Koka'anga Council",
            "The council",
            "posted",
        ),
    ],
    ["Nima 'a e Fa'e"],
)

article(
    "blind48-en05",
    "en",
    """'We feel forgotten': Cat Island residents three months without a doctor

Shavonne Moxey
Staff Reporter
shavonne@nasguard.com

Published Nov 25, 2026, 12:04am

Residents of Hawkes Cove and surrounding settlements in south Cat Island say they have been without a resident doctor since August, forcing elderly patients to travel more than 40 miles over rough roads to see a physician in New Bight.
The Hawkes Cove Community Clinic is now staffed by a single nurse, who residents say is "doing the work of three people".
"We feel forgotten," said Iris Rolle, 81, who lives two doors from the clinic. "That's the only way I can put it. I have sugar and pressure, and the last time a doctor looked at me was the first week of August."
Rolle said she now relies on her nephew to drive her to New Bight when her prescriptions need renewing.
"And he has to take a day off from work to do it," she added.
The nurse, who spoke to The Nassau Guardian on condition of anonymity because she is not authorized to speak to the media, said the clinic sees as many as 30 patients a day.
"I do triage, I do dressings, I do the paperwork, I answer the phone at night. If somebody has a stroke, I'm the one on the phone with the air ambulance," she said.
"I love these people. But I'm one person."
A handwritten sign taped to the clinic door yesterday read "No Doctor Today - Emergencies Call 919".
Minister of Health and Wellness Dr. Kendrick Ferguson told The Nassau Guardian yesterday that the ministry had "identified a physician" who is expected to take up the post in January.
"Recruitment for the Family Islands is a challenge. Doctors have families, they have children in school, and we have to make these posts attractive," Ferguson said. "In the meantime, a doctor from New Bight visits Hawkes Cove every second Wednesday.
"We are not going to leave Cat Island without a doctor one day longer than we have to."
Cat Island, Rum Cay and San Salvador MP Philip Newbold raised the matter in the House of Assembly on Wednesday.
"Three months. If this were a clinic in Nassau, heads would roll after three days," Newbold said.
He called the situation "unacceptable in 2026" and asked the minister to table a list of Family Island clinics without a resident doctor.
Ferguson rejected the suggestion that Family Islanders were treated differently, saying, "Every Bahamian deserves the same standard of care, whether they live on New Providence or on the smallest cay."
In the meantime, residents have set up a WhatsApp group, "Hawkes Cove Health Watch", to arrange rides to New Bight for those without cars.
Rolle said she is a member of the group but hopes it will not be needed for long.

Share this:
Facebook Twitter Email

Like this:
Like Loading...

Related""",
    [
        ("We feel forgotten", "Iris Rolle", None, None),
        (
            "doing the work of three people",
            "residents",
            ("who residents say", "residents"),
            ("who residents say", "say"),
        ),
        ("We feel forgotten,", "Iris Rolle", "Iris Rolle", "said"),
        (
            "That's the only way I can put it. I have sugar and pressure, and the last time a doctor looked at me was the first week of August.",
            "Iris Rolle",
            "Iris Rolle",
            "said",
        ),
        (
            "And he has to take a day off from work to do it,",
            "Iris Rolle",
            ("she added", "she"),
            ("she added", "added"),
        ),
        (
            "I do triage, I do dressings, I do the paperwork, I answer the phone at night. If somebody has a stroke, I'm the one on the phone with the air ambulance,",
            "nurse",
            ("she said", "she"),
            ("she said", "said"),
        ),
        ("I love these people. But I'm one person.", "nurse", None, None),
        ("identified a physician", "Kendrick Ferguson", "Dr. Kendrick Ferguson", "told"),
        (
            "Recruitment for the Family Islands is a challenge. Doctors have families, they have children in school, and we have to make these posts attractive,",
            "Kendrick Ferguson",
            ("Ferguson said", "Ferguson"),
            ("Ferguson said", "said"),
        ),
        (
            "In the meantime, a doctor from New Bight visits Hawkes Cove every second Wednesday.",
            "Kendrick Ferguson",
            ("Ferguson said", "Ferguson"),
            ("Ferguson said", "said"),
        ),
        (
            "We are not going to leave Cat Island without a doctor one day longer than we have to.",
            "Kendrick Ferguson",
            ("Ferguson said", "Ferguson"),
            ("Ferguson said", "said"),
        ),
        (
            "Three months. If this were a clinic in Nassau, heads would roll after three days,",
            "Philip Newbold",
            ("Newbold said", "Newbold"),
            ("Newbold said", "said"),
        ),
        ("unacceptable in 2026", "Philip Newbold", ("He called", "He"), ("He called", "called")),
        (
            "Every Bahamian deserves the same standard of care, whether they live on New Providence or on the smallest cay.",
            "Kendrick Ferguson",
            ("Ferguson rejected", "Ferguson"),
            "saying",
        ),
    ],
    ["No Doctor Today - Emergencies Call 919", "Hawkes Cove Health Watch"],
)

article(
    "blind48-en06",
    "en",
    """Land disputes pile up as Abunzi committees struggle with backlog

Wednesday, November 25, 2026

By Aline Uwase

Members of a mediation committee hear a boundary dispute in Gasaka Sector last week. Photo: Aline Uwase.

Community mediators in Nyamagabe District say they are overwhelmed by land disputes, with some cases waiting more than a year before they are heard.
The Abunzi, elected volunteers who mediate civil disputes at cell and sector level before they can go to court, handled more than 1,900 cases in the district in the last financial year, according to figures from the Ministry of Justice (MINIJUST).
Jeanne Mukandayisenga, a 56-year-old widow from Gasaka Sector, has been waiting 14 months for her dispute with a neighbour over a boundary to be heard.
“Every time I go to the sector office, they tell me to come back next month. I have walked that road so many times that my shoes know it,” she said.
“All I want is for someone to come and look at the boundary and decide.”
Emmanuel Nsengiyumva, who chairs the sector mediation committee, said its seven members meet twice a week but cannot keep up.
“We are farmers, teachers, traders. We do this work voluntarily, and we do it with our hearts,” he explained. “But a land case is not a small thing. You have to visit the plot, hear the witnesses, sometimes hear the whole family.”
He said mediators had been promised health insurance and a transport allowance, but that the allowance “comes late, when it comes at all”.
A report published in September by the Rwanda Access to Justice Network (RAJN), a coalition of civil society organisations, found that land disputes make up nearly 70 per cent of the cases brought before mediation committees nationwide.
The report, titled “Mediating the Hills”, notes that many committees “lack basic stationery, transport and training on recent changes to the land law”.
A judge at a primary court in Southern Province, who spoke on condition of anonymity because judges are not permitted to comment on pending matters, said the delays were felt in the courts too.
“When the mediation fails or drags on, the parties come to us angry, and the file is incomplete. Then we start again from zero,” the judge said.
Reached for comment, Alphonse Kayitare, the Director General in charge of access to justice at MINIJUST, acknowledged the backlog.
“We are aware that some committees have a heavy load, especially in districts where land is scarce,” he told The New Times.
Kayitare said the ministry would train 2,000 mediators before the end of the fiscal year and was working with districts to ensure that allowances are paid “on time, every quarter”.
“Abunzi are the first door of justice for most Rwandans. If that door is blocked, everything behind it is blocked too,” Kayitare noted.
Mukandayisenga, for her part, said she would keep going back to the sector office. “What else can I do?”

Related: Govt moves to speed up land title transfers

Share on: Facebook Twitter WhatsApp""",
    [
        (
            "Every time I go to the sector office, they tell me to come back next month. I have walked that road so many times that my shoes know it,",
            "Jeanne Mukandayisenga",
            ("she said", "she"),
            ("she said", "said"),
        ),
        (
            "All I want is for someone to come and look at the boundary and decide.",
            "Jeanne Mukandayisenga",
            None,
            None,
        ),
        (
            "We are farmers, teachers, traders. We do this work voluntarily, and we do it with our hearts,",
            "Emmanuel Nsengiyumva",
            ("he explained", "he"),
            ("he explained", "explained"),
        ),
        (
            "But a land case is not a small thing. You have to visit the plot, hear the witnesses, sometimes hear the whole family.",
            "Emmanuel Nsengiyumva",
            ("he explained", "he"),
            ("he explained", "explained"),
        ),
        (
            "comes late, when it comes at all",
            "Emmanuel Nsengiyumva",
            ("He said mediators", "He"),
            ("He said mediators", "said"),
        ),
        (
            "lack basic stationery, transport and training on recent changes to the land law",
            "Rwanda Access to Justice Network",
            "The report",
            "notes",
        ),
        (
            "When the mediation fails or drags on, the parties come to us angry, and the file is incomplete. Then we start again from zero,",
            "judge",
            ("the judge said", "the judge"),
            ("the judge said", "said"),
        ),
        (
            "We are aware that some committees have a heavy load, especially in districts where land is scarce,",
            "Alphonse Kayitare",
            ("he told", "he"),
            ("he told", "told"),
        ),
        (
            "on time, every quarter",
            "Alphonse Kayitare",
            ("Kayitare said the ministry", "Kayitare"),
            ("Kayitare said the ministry", "said"),
        ),
        (
            "Abunzi are the first door of justice for most Rwandans. If that door is blocked, everything behind it is blocked too,",
            "Alphonse Kayitare",
            ("Kayitare noted", "Kayitare"),
            ("Kayitare noted", "noted"),
        ),
        (
            "What else can I do?",
            "Jeanne Mukandayisenga",
            ("Mukandayisenga, for her part", "Mukandayisenga"),
            ("for her part, said", "said"),
        ),
    ],
    ["Mediating the Hills"],
)

article(
    "blind48-en07",
    "en",
    """Operators ‘will lose drivers’ as M6 truck stop closure approved

Drivers’ welfare group says nearest secure parking will be 38 miles away

25 November 2026
By Greg Hollis

Birchwood Lane truck stop near junction 17 of the M6. Image: Google Street View

One of the busiest overnight truck stops on the M6 in Cheshire will close in March after councillors approved plans to redevelop the site for warehousing, leaving one of the largest gaps in secure lorry parking in the North West.
Cheshire East Council’s strategic planning board voted 7-4 on Thursday to approve the scheme at the 140-space Birchwood Lane truck stop, known to drivers as “the Birches”.
In his report to the board, planning officer Martin Sayle acknowledged a “significant local shortfall” in HGV parking but concluded that its loss was “outweighed by the economic benefits of the proposed development”.
Haulage Drivers’ Welfare Association (HDWA) chief executive Donna Pritchard told MT the decision was “a kick in the teeth for every driver who uses the M6”.
“Drivers are already parking in lay-bys and on industrial estates because there’s nowhere else to go. Take 140 spaces away and you push another 140 trucks onto the verges,” she said.
“Operators will lose drivers over this. Nobody wants to finish a 15-hour day not knowing where they’re going to sleep.”
Paul Garside, managing director of Crewe-based Garside Haulage, which runs 60 trucks, wrote on LinkedIn that the closure was “another nail in the coffin” for driver recruitment.
“We spend thousands training new drivers, then we send them out into a country that won’t give them a toilet,” he wrote.
One agency driver, parked at the site on Friday afternoon, said: “I’ve used the Birches for 20 years. It’s clean, it’s lit, the showers work. Where am I meant to go – the hard shoulder?”
The developer, Northgate Logistics Parks, said in a statement: “We recognise the importance of driver welfare and have committed £250,000 towards improved facilities at other sites in the area through the section 106 agreement.”
Councillor Andrea Beech, who voted against the scheme, said the board had been “warned and chose not to listen”.
“This will come back to us as lorries parked on residential streets, and then everyone will ask why nobody saw it coming,” Cllr Beech said.
Operators and landowners can bid for match funding for new sites through the government’s “HGV Parking and Welfare Grant”, which reopens in the spring.
MT has approached National Highways for comment.

Related articles
Lay-by parking fines double on A14 as enforcement steps up

Newsletter: Sign up for MT’s daily news bulletin""",
    [
        ("will lose drivers", "Donna Pritchard", None, None),
        ("significant local shortfall", "Martin Sayle", "Martin Sayle", "acknowledged"),
        (
            "outweighed by the economic benefits of the proposed development",
            "Martin Sayle",
            "Martin Sayle",
            "concluded",
        ),
        (
            "a kick in the teeth for every driver who uses the M6",
            "Donna Pritchard",
            "Donna Pritchard",
            "told",
        ),
        (
            "Drivers are already parking in lay-bys and on industrial estates because there’s nowhere else to go. Take 140 spaces away and you push another 140 trucks onto the verges,",
            "Donna Pritchard",
            ("she said", "she"),
            ("she said", "said"),
        ),
        (
            "Operators will lose drivers over this. Nobody wants to finish a 15-hour day not knowing where they’re going to sleep.",
            "Donna Pritchard",
            None,
            None,
        ),
        ("another nail in the coffin", "Paul Garside", "Paul Garside", "wrote"),
        (
            "We spend thousands training new drivers, then we send them out into a country that won’t give them a toilet,",
            "Paul Garside",
            ("he wrote", "he"),
            ("he wrote", "wrote"),
        ),
        (
            "I’ve used the Birches for 20 years. It’s clean, it’s lit, the showers work. Where am I meant to go – the hard shoulder?",
            "driver",
            "One agency driver",
            ("afternoon, said:", "said"),
        ),
        (
            "We recognise the importance of driver welfare and have committed £250,000 towards improved facilities at other sites in the area through the section 106 agreement.",
            "Northgate Logistics Parks",
            "Northgate Logistics Parks",
            ("Parks, said", "said"),
        ),
        (
            "warned and chose not to listen",
            "Andrea Beech",
            "Councillor Andrea Beech",
            ("scheme, said", "said"),
        ),
        (
            "This will come back to us as lorries parked on residential streets, and then everyone will ask why nobody saw it coming,",
            "Andrea Beech",
            ("Cllr Beech said", "Cllr Beech"),
            ("Cllr Beech said", "said"),
        ),
    ],
    ["the Birches", "HGV Parking and Welfare Grant"],
)

article(
    "blind48-en08",
    "en",
    """Polonnaruwa paddy farmers protest over delayed water release

2026-11-25 02:18:40

By Chaminda Perera

Hundreds of paddy farmers from the Kalugala area in Polonnaruwa staged a protest in front of the Divisional Secretariat yesterday, demanding that the Irrigation Department release water from the Kalugala Wewa for Maha season cultivation.
Farmers carrying placards reading “Water for our fields, not promises” blocked the main road for nearly two hours, causing heavy traffic congestion, before police persuaded them to move to the roadside.
Kalugala Farmers’ Organisation Secretary W.M. Sunil Jayasekara said more than 2,500 acres had been prepared for sowing but the sluice gates of the tank remained closed.
“We ploughed, we bought seed paddy, we paid for the tractors. Now the fields are drying and the officials are telling us to wait,” he said.
“If the water does not come this week, the season is finished.”
He alleged that water was being held back to benefit “a few influential people” who cultivate land below the spill, a claim officials denied.
Irrigation Engineer in charge of the area H.M.K. Bandara told the Daily Mirror the release had been delayed because the water level of the tank was well below the level needed for a full season.
“We cannot release water for 2,500 acres when the tank is only 40 percent full. If we do that now, there will be nothing left in January when the crop needs it most,” he said.
Mr. Bandara said a final decision would be taken at the cultivation meeting scheduled for Friday.
The Chief Incumbent of the Kalugala Purana Viharaya, Ven. Kalugala Dhammaloka Thera, who joined the protest, said farmers had been “pushed to the edge”.
“These farmers feed the country. When they come onto the road with their children, you must understand that something is very wrong,” the Thera said.
Polonnaruwa District Secretary Nilanthi Gunawardena said the Irrigation Department had been asked to “examine the possibility of a partial release” before Friday’s meeting.
The farmers later handed over a petition addressed to the President through the Divisional Secretary. The petition, signed by 1,140 farmers, states that the community had “never before been forced to beg for water from our own tank”.
The Kalugala Wewa, an ancient tank restored in the 1980s, irrigates paddy lands in 14 Grama Niladhari divisions.

Comments - 0

Add comment
Comments will be edited and published at the discretion of the editors.""",
    [
        (
            "We ploughed, we bought seed paddy, we paid for the tractors. Now the fields are drying and the officials are telling us to wait,",
            "W.M. Sunil Jayasekara",
            ("he said.\n“If", "he"),
            ("he said.\n“If", "said"),
        ),
        (
            "If the water does not come this week, the season is finished.",
            "W.M. Sunil Jayasekara",
            None,
            None,
        ),
        (
            "a few influential people",
            "W.M. Sunil Jayasekara",
            ("He alleged", "He"),
            ("He alleged", "alleged"),
        ),
        (
            "We cannot release water for 2,500 acres when the tank is only 40 percent full. If we do that now, there will be nothing left in January when the crop needs it most,",
            "H.M.K. Bandara",
            ("he said.\nMr. Bandara", "he"),
            ("he said.\nMr. Bandara", "said"),
        ),
        (
            "pushed to the edge",
            "Kalugala Dhammaloka Thera",
            "Ven. Kalugala Dhammaloka Thera",
            ("protest, said", "said"),
        ),
        (
            "These farmers feed the country. When they come onto the road with their children, you must understand that something is very wrong,",
            "Kalugala Dhammaloka Thera",
            ("the Thera said", "the Thera"),
            ("the Thera said", "said"),
        ),
        (
            "examine the possibility of a partial release",
            "Nilanthi Gunawardena",
            "Nilanthi Gunawardena",
            ("Gunawardena said", "said"),
        ),
        (
            "never before been forced to beg for water from our own tank",
            "farmers",
            "The petition",
            "states",
        ),
    ],
    ["Water for our fields, not promises"],
)


def main() -> None:
    SET.write(Path(__file__).with_name("blind48_en.jsonl"), WORDS_RANGE)


if __name__ == "__main__":
    main()
