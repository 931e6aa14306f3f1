# ruff: noqa: E501, RUF001
# Prose articles with typographic quotation marks: the long lines and the marks are the data.
"""Builds blind31_en.jsonl: a thirty-first blind English quotation set (written for depeche, CC0).

Written from scratch by a helper who never read the quotes code, so that its score is an honest,
blind estimate of how ``depeche.quotes`` does on English news text nobody tuned it on. Every
story, person, place and organisation is invented (real countries, regions and cities aside).
Beats and outlets imitated: a state land board leasing a fishpond to a community group (Honolulu
Civil Beat: okina and macrons, a partial quote in the dek, a company's written testimony, an
interrupted attorney, a board chair referred to by title, an elder's nested saying from his
grandfather, a quote after a laugh), lobster pot licences cut (The Royal Gazette, Bermuda:
straight marks with straight apostrophes, a headline scare quote with "say", Ms/Mr without
points, an association with its initials in brackets, a follow-on paragraph with no cue, a
question in the House, an anonymous fisherman with a nested saying, a ministry spokeswoman),
water-tanker contracts never delivered (Daily Maverick: a forensic firm's report, a municipal
spokesperson's written answers, a contractor on the phone, a two-paragraph testimony of an
anonymous driver with nested words, a provincial treasury, a quote after a gesture, "DM" and
"Read more in" residue), a heritage railway viaduct closed (The Yorkshire Post: British curly
single marks with curly apostrophes and inner double ones, a headline quote with no cue, an
engineers' report, an interrupted chairman, an appeal name), a record falcon sale (Arab News:
straight marks, "Short Url" residue, an anonymous buyer speaking through a relative, a club's
post on X, an auction name), riverbanks collapsing beside sand dredgers (Radio Free Asia:
Khmer names, an anonymous villager fearing reprisal, a company's Facebook post, a provincial
spokesman who hangs up, an NGO report title, translation credits), a study of crabs keeping
tidal time (New Scientist: present-tense "says", inverted "says Vasquez", a sceptical outside
researcher, "puts it", a nested fisherman's remark, a paper title, journal reference residue)
and a band's reunion tour cancelled (Rolling Stone: straight marks with inner single ones, a quote
in the dek, an Instagram post, "tells Rolling Stone", an unnamed person close to the band
relaying a partial quote, a promoter's statement, a song and an album title). Titles and names
of auctions, appeals, papers, songs and albums in marks are listed as non-quotes.
Gold conventions are those of build_dev.py.

Do not tune the extractor on this file: it measures, it does not teach. Run
``python tests/data/quotes/build_blind31_en.py`` after editing.
Bodies are named by their full name, also when the text gives a short one in brackets.
"""

from __future__ import annotations

from pathlib import Path

from build_dev import ArticleSet

SET = ArticleSet()
article = SET.article
WORDS_RANGE = (300, 650)

article(
    "blind31-en01",
    "en",
    """Land Board Approves Community Lease For Kalāhuipua Fishpond

A neighboring resort had warned the 65-year lease would “lock up” the shoreline.

By Leilani Achong / March 14, 2024

The Board of Land and Natural Resources voted 5-1 on Thursday to grant a 65-year lease on the Kalāhuipua fishpond in West Hawaiʻi to Hui Mālama Kalāhuipua, a volunteer group that has spent nine years pulling mangrove and rebuilding the pond’s stone walls by hand.
The vote capped a three-hour hearing in Hilo at which more than 40 people testified, most of them in favor.
“Our kūpuna built this wall to feed the whole ahupuaʻa, not one hotel,” said Kanoe Pahia, the group’s executive director, holding up a photograph of the pond taken in 1928. “We are asking to finish what they started.”
Volunteers rebuild a section of the seaward wall at Kalāhuipua fishpond in February. (Leilani Achong/Civil Beat/2024)
Makai Pointe Holdings, which owns the 212-room resort next to the pond, had asked the board to delay the vote. In written testimony, the company said the lease terms would “lock up public shoreline access for two generations” and asked for a permanent easement along the shore.
The company’s attorney, Bradley Tsukamoto, told board members his client was “not opposed to restoration.”
“What we want,” Tsukamoto said, “is a guarantee that a family walking this beach today can keep walking it.”
Board member Dawn Keomaka, who cast the only vote against, shared some of those concerns. “Sixty-five years is a long time to sign away anything,” she said. “I would have been comfortable with 30.”
Board chair Russell Ikeda disagreed. He noted that the lease already requires the group to keep a 10-foot path open “from sunrise to sunset, every day of the year,” and that the hui has never closed it.
“Nobody on this board wants to see a fence on that beach,” the chair said.
Several people testified in ʻōlelo Hawaiʻi. Moses Kealoha, 81, who learned to catch ʻamaʻama in the pond as a boy, chose English instead, he said, so that “the hotel lawyers understand me too.”
“When I was 10, my grandfather told me, ‘If you take care of the pond, the pond takes care of you,’” Kealoha told the board. “I am 81 now. I am still waiting for somebody to take care of the pond.”
In a statement after the vote, the Department of Land and Natural Resources called the lease “a model for community stewardship across the state.” Department staff had recommended approval in a January report.
Sign up for our FREE morning newsletter and face each day more informed.
Pahia said the group plans to start on the seaward wall in June, once the permits are in hand. Asked what the first job would be, she laughed.
“More mangrove,” she said. “Always more mangrove.”
Civil Beat is a nonprofit newsroom. Your donation keeps our journalism free for everyone.""",
    [
        ("lock up", "Makai Pointe Holdings", "A neighboring resort", "had warned"),
        (
            "Our kūpuna built this wall to feed the whole ahupuaʻa, not one hotel,",
            "Kanoe Pahia",
            "Kanoe Pahia",
            ("said Kanoe", "said"),
        ),
        (
            "We are asking to finish what they started.",
            "Kanoe Pahia",
            "Kanoe Pahia",
            ("said Kanoe", "said"),
        ),
        (
            "lock up public shoreline access for two generations",
            "Makai Pointe Holdings",
            ("the company said", "the company"),
            ("the company said", "said"),
        ),
        ("not opposed to restoration.", "Bradley Tsukamoto", "Bradley Tsukamoto", "told"),
        (
            "What we want,",
            "Bradley Tsukamoto",
            ("Tsukamoto said", "Tsukamoto"),
            ("Tsukamoto said", "said"),
        ),
        (
            "is a guarantee that a family walking this beach today can keep walking it.",
            "Bradley Tsukamoto",
            ("Tsukamoto said", "Tsukamoto"),
            ("Tsukamoto said", "said"),
        ),
        (
            "Sixty-five years is a long time to sign away anything,",
            "Dawn Keomaka",
            ("she said. “I would", "she"),
            ("she said. “I would", "said"),
        ),
        (
            "I would have been comfortable with 30.",
            "Dawn Keomaka",
            ("she said. “I would", "she"),
            ("she said. “I would", "said"),
        ),
        (
            "from sunrise to sunset, every day of the year,",
            "Russell Ikeda",
            ("He noted", "He"),
            "noted",
        ),
        (
            "Nobody on this board wants to see a fence on that beach,",
            "Russell Ikeda",
            "the chair",
            ("the chair said", "said"),
        ),
        (
            "the hotel lawyers understand me too.",
            "Moses Kealoha",
            ("he said, so", "he"),
            ("he said, so", "said"),
        ),
        (
            "When I was 10, my grandfather told me, ‘If you take care of the pond, the pond takes care of you,’",
            "Moses Kealoha",
            ("Kealoha told", "Kealoha"),
            ("Kealoha told", "told"),
        ),
        (
            "I am 81 now. I am still waiting for somebody to take care of the pond.",
            "Moses Kealoha",
            ("Kealoha told", "Kealoha"),
            ("Kealoha told", "told"),
        ),
        (
            "a model for community stewardship across the state.",
            "Department of Land and Natural Resources",
            "the Department of Land and Natural Resources",
            "called",
        ),
        (
            "More mangrove,",
            "Kanoe Pahia",
            ("she said. “Always", "she"),
            ("she said. “Always", "said"),
        ),
        (
            "Always more mangrove.",
            "Kanoe Pahia",
            ("she said. “Always", "she"),
            ("she said. “Always", "said"),
        ),
    ],
)

article(
    "blind31-en02",
    "en",
    """Fishermen say lobster licence cut "pulls the rug out" from under them

By Tariq Outerbridge
Published: Mar 5, 2024 08:00 AM Updated: Mar 5, 2024 09:12 AM

Commercial fishermen have accused the Government of pulling the rug out from under them after the number of lobster pot licences was cut from 45 to 30 for the coming season.
Lorna Fubler, the Minister of the Environment and Marine Resources, announced the reduction in the House of Assembly on Friday, saying the spiny lobster population was showing "clear signs of stress".
"We have seen the average carapace size fall three years running," Ms Fubler said. "We are not going to wait until the fishery collapses before we act."
Under a notice published by the Ministry of the Environment and Marine Resources, the 30 licences will be allocated by lottery among fishermen who held one last season, with priority for those who earn more than half their income from the sea.
Under pressure: lobster pots stacked on the dock at Ely's Harbour. (Photograph by Dana Lightbourne)
Gavin Trott, president of the Bermuda Commercial Fishermen's Association (BCFA), said the decision had been made "behind closed doors".
"Nobody asked us," Mr Trott said. "Not once did anyone from the ministry pick up the phone, and now 15 families are going to lose a third of their winter income."
"We've fished these waters for four generations. We know when the lobster is in trouble, and it isn't."
In a statement released yesterday, the BCFA said it would seek an urgent meeting with the Premier and described the lottery as "a game of chance with people's livelihoods".
In the House, Opposition MP Cole Darrell pressed the minister on the timing. "How does the minister expect a man with a boat loan to plan his season when he won't know if he has a licence until the week before it opens?" he asked.
Ms Fubler replied that the ministry had "consulted widely" and that the lottery would be held before the end of the month.
One fisherman, who asked not to be named, said he would keep fishing regardless. "What else am I going to do, drive a taxi?" he said. "My father used to say, 'The sea doesn't owe you a living.' Turns out the Government doesn't either."
Lobster season runs from September 1 to March 31. Only licensed commercial fishermen may set pots, and recreational divers are limited to two lobsters a day.
A ministry spokeswoman told The Royal Gazette last night: "The minister has been clear that she is open to reviewing the numbers after one season, once the results of the spring survey are in."
Related Stories
Lobster season opening delayed by storm damage
Fish market plan for Dockyard shelved
Comment on this story""",
    [
        ("pulls the rug out", "fishermen", "Fishermen", "say"),
        ("clear signs of stress", "Lorna Fubler", "Lorna Fubler", "saying"),
        (
            "We have seen the average carapace size fall three years running,",
            "Lorna Fubler",
            ("Ms Fubler said", "Ms Fubler"),
            ("Ms Fubler said", "said"),
        ),
        (
            "We are not going to wait until the fishery collapses before we act.",
            "Lorna Fubler",
            ("Ms Fubler said", "Ms Fubler"),
            ("Ms Fubler said", "said"),
        ),
        ("behind closed doors", "Gavin Trott", "Gavin Trott", ("said the decision", "said")),
        (
            "Nobody asked us,",
            "Gavin Trott",
            ("Mr Trott said", "Mr Trott"),
            ("Mr Trott said", "said"),
        ),
        (
            "Not once did anyone from the ministry pick up the phone, and now 15 families are going to lose a third of their winter income.",
            "Gavin Trott",
            ("Mr Trott said", "Mr Trott"),
            ("Mr Trott said", "said"),
        ),
        (
            "We've fished these waters for four generations. We know when the lobster is in trouble, and it isn't.",
            "Gavin Trott",
            None,
            None,
        ),
        (
            "a game of chance with people's livelihoods",
            "Bermuda Commercial Fishermen's Association",
            ("the BCFA said", "the BCFA"),
            "described",
        ),
        (
            "How does the minister expect a man with a boat loan to plan his season when he won't know if he has a licence until the week before it opens?",
            "Cole Darrell",
            ("he asked", "he"),
            "asked",
        ),
        ("consulted widely", "Lorna Fubler", "Ms Fubler", "replied"),
        (
            "What else am I going to do, drive a taxi?",
            "fisherman",
            ('he said. "My', "he"),
            ('he said. "My', "said"),
        ),
        (
            "My father used to say, 'The sea doesn't owe you a living.' Turns out the Government doesn't either.",
            "fisherman",
            ('he said. "My', "he"),
            ('he said. "My', "said"),
        ),
        (
            "The minister has been clear that she is open to reviewing the numbers after one season, once the results of the spring survey are in.",
            "Ministry of the Environment and Marine Resources",
            "A ministry spokeswoman",
            "told",
        ),
    ],
)

article(
    "blind31-en03",
    "en",
    """Dry taps, full invoices: the R94m water tankers of Lekwa-Mvuzo

Residents of Siyabonga Park say the tankers come once a fortnight. The invoices say they came every day.

By Thandiwe Mkhabela
12 Mar 2024  0

In Extension 9 of Siyabonga Park, the green plastic tanks outside most houses are empty by Tuesday.
“We wait. Sometimes the truck comes on Thursday, sometimes only the next week. The children go to school without washing,” said Nomvula Khoza, 54, who has lived on the same corner since 1998.
According to invoices seen by Daily Maverick, the Lekwa-Mvuzo Local Municipality paid three companies R94-million between July 2021 and June 2023 to deliver water to Siyabonga Park and two neighbouring villages every day.
A forensic investigation commissioned by the Mpumalanga Provincial Treasury has now put that figure in doubt. In its report, dated 2 February, auditing firm Mokoena Naidoo Forensics found that payments of R61-million were made for deliveries “for which no proof of delivery, vehicle tracking data or community sign-off could be provided”.
Residents queue at a municipal water tanker in Siyabonga Park. (Photo: Thandiwe Mkhabela)
The firm recommends disciplinary steps against the municipal manager and two officials in the technical services department, and says the contracts were extended “without any apparent needs assessment”.
Ward councillor Sipho Mahlangu, of the Civic Alliance, first asked about the invoices in a council meeting in 2022.
“I asked a simple question: where are the trucks? For two years nobody could answer me,” Mahlangu told Daily Maverick. “Now we know why.”
Municipal spokesperson Lerato Phiri said the municipality “rejects the characterisation” of the contracts as irregular.
“The municipality followed emergency procurement regulations during a declared drought. Where deliveries cannot be verified, payments will be recovered,” she said in written responses to questions.
Read more in Daily Maverick: Drought-hit towns turn to emergency tenders — and the tenders turn to dust
One of the three contractors, Bophelo Aqua Logistics, did not respond to emailed questions. Its director, Thabo Sehlare, reached by phone, said only: “We delivered every litre. If the municipality lost the delivery notes, that is not my problem.” He then ended the call.
A former tanker driver for one of the contractors agreed to describe how deliveries were recorded on condition that he not be named, because he still works in the industry.
“They gave us a route sheet with twelve stops. We did four, maybe five. At the depot the supervisor signed for twelve.
“One day I asked him, ‘Who is checking this?’ He just laughed and told me, ‘Nobody checks,’” the driver said.
The provincial treasury said it had handed the report to the police and would “not hesitate to act against any official found to have benefited”.
Back in Extension 9, Khoza has heard it all before. Asked whether she expected any of the money to be recovered, she shook her head.
“They will write another report.” DM
Sign up for the Daily Maverick newsletter""",
    [
        (
            "We wait. Sometimes the truck comes on Thursday, sometimes only the next week. The children go to school without washing,",
            "Nomvula Khoza",
            "Nomvula Khoza",
            ("said Nomvula", "said"),
        ),
        (
            "for which no proof of delivery, vehicle tracking data or community sign-off could be provided",
            "Mokoena Naidoo Forensics",
            "Mokoena Naidoo Forensics",
            "found",
        ),
        (
            "without any apparent needs assessment",
            "Mokoena Naidoo Forensics",
            "The firm",
            ("and says", "says"),
        ),
        (
            "I asked a simple question: where are the trucks? For two years nobody could answer me,",
            "Sipho Mahlangu",
            ("Mahlangu told", "Mahlangu"),
            ("Mahlangu told", "told"),
        ),
        (
            "Now we know why.",
            "Sipho Mahlangu",
            ("Mahlangu told", "Mahlangu"),
            ("Mahlangu told", "told"),
        ),
        ("rejects the characterisation", "Lerato Phiri", "Lerato Phiri", ("Phiri said", "said")),
        (
            "The municipality followed emergency procurement regulations during a declared drought. Where deliveries cannot be verified, payments will be recovered,",
            "Lerato Phiri",
            ("she said in written", "she"),
            ("she said in written", "said"),
        ),
        (
            "We delivered every litre. If the municipality lost the delivery notes, that is not my problem.",
            "Thabo Sehlare",
            "Thabo Sehlare",
            ("said only", "said"),
        ),
        (
            "They gave us a route sheet with twelve stops. We did four, maybe five. At the depot the supervisor signed for twelve.",
            "former tanker driver",
            ("the driver said", "the driver"),
            ("the driver said", "said"),
        ),
        (
            "One day I asked him, ‘Who is checking this?’ He just laughed and told me, ‘Nobody checks,’",
            "former tanker driver",
            ("the driver said", "the driver"),
            ("the driver said", "said"),
        ),
        (
            "not hesitate to act against any official found to have benefited",
            "Mpumalanga Provincial Treasury",
            "The provincial treasury",
            ("treasury said", "said"),
        ),
        ("They will write another report.", "Nomvula Khoza", ("she shook", "she"), None),
    ],
)

article(
    "blind31-en04",
    "en",
    """‘We will not let this line die’: appeal launched to save Dales railway’s viaduct

By Harriet Wainwright, Rural Affairs Correspondent
Published 14th Mar 2024, 06:00 BST

A heritage steam railway in the Yorkshire Dales has launched a £1.8m appeal after engineers found serious cracking in the 19th-century viaduct that carries its trains across Scar Beck.
The Upper Nidd Valley Railway, run almost entirely by volunteers, has suspended all services beyond Lofthouse Halt until repairs are complete, cutting its line in half just weeks before the Easter timetable begins.
Its chairman, Geoffrey Ackroyd, said the closure was ‘the hardest decision this railway has taken in 50 years’.
‘We will not let this line die,’ he said. ‘Our volunteers rebuilt it from a field of nettles in the 1970s, and they will rebuild it again if they have to.’
The inspection, carried out in February by structural engineers Haworth Lister Partnership, found that two of the viaduct’s eleven stone arches had moved. In their report, the engineers warn that the structure is ‘not currently fit to carry locomotive loads’ and recommend that ‘no train of any kind’ should cross it until the piers are strengthened.
The Scar Beck viaduct, photographed from the valley floor last summer. Picture: Ruth Kettlewell
Dr Anita Sharma, a structural engineer who has advised several heritage lines but was not involved in the inspection, said cracking of that kind was ‘not unusual in a viaduct of this age’.
‘It doesn’t mean the viaduct is about to fall down,’ she said. ‘It means it has been telling people for years that it needs attention, and now it has stopped asking politely.’
For the railway’s volunteers, many of them retired, the news came as a blow. Margaret Holroyd, 74, has worked in the booking office at Pateley Road station every Saturday since 1989.
‘When Geoff rang me I sat down on the stairs and cried,’ she said. ‘My late husband used to say, “That viaduct will see us all out.” I thought he was right.’
The appeal, named ‘Bridge the Beck’, has raised £46,000 in its first three days, much of it in donations of under £20.
Support The Yorkshire Post and become a subscriber today. Your subscription will help us to continue to bring quality news to the people of Yorkshire.
A spokesman for the Dales Rural Tourism Partnership said the railway brought ‘tens of thousands of visitors’ into the valley each year and that the partnership would ‘look at every option’ to support the appeal.
Mr Ackroyd said the railway hoped to reopen the full line by the summer of 2025, though much depends on the weather and on grant bids still to be decided.
‘If every family who has ever ridden behind one of our engines gave us a fiver,’ he added, ‘we would be there by Christmas.’
Read more: Dales bus route saved after villagers’ campaign""",
    [
        ("We will not let this line die", "Geoffrey Ackroyd", None, None),
        (
            "the hardest decision this railway has taken in 50 years",
            "Geoffrey Ackroyd",
            "Geoffrey Ackroyd",
            ("said the closure", "said"),
        ),
        (
            "We will not let this line die,",
            "Geoffrey Ackroyd",
            ("he said. ‘Our", "he"),
            ("he said. ‘Our", "said"),
        ),
        (
            "Our volunteers rebuilt it from a field of nettles in the 1970s, and they will rebuild it again if they have to.",
            "Geoffrey Ackroyd",
            ("he said. ‘Our", "he"),
            ("he said. ‘Our", "said"),
        ),
        (
            "not currently fit to carry locomotive loads",
            "Haworth Lister Partnership",
            "the engineers",
            "warn",
        ),
        ("no train of any kind", "Haworth Lister Partnership", "the engineers", "recommend"),
        (
            "not unusual in a viaduct of this age",
            "Anita Sharma",
            "Dr Anita Sharma",
            ("said cracking", "said"),
        ),
        (
            "It doesn’t mean the viaduct is about to fall down,",
            "Anita Sharma",
            ("she said. ‘It means", "she"),
            ("she said. ‘It means", "said"),
        ),
        (
            "It means it has been telling people for years that it needs attention, and now it has stopped asking politely.",
            "Anita Sharma",
            ("she said. ‘It means", "she"),
            ("she said. ‘It means", "said"),
        ),
        (
            "When Geoff rang me I sat down on the stairs and cried,",
            "Margaret Holroyd",
            ("she said. ‘My late", "she"),
            ("she said. ‘My late", "said"),
        ),
        (
            "My late husband used to say, “That viaduct will see us all out.” I thought he was right.",
            "Margaret Holroyd",
            ("she said. ‘My late", "she"),
            ("she said. ‘My late", "said"),
        ),
        (
            "tens of thousands of visitors",
            "Dales Rural Tourism Partnership",
            "A spokesman for the Dales Rural Tourism Partnership",
            ("Partnership said", "said"),
        ),
        (
            "look at every option",
            "Dales Rural Tourism Partnership",
            "A spokesman for the Dales Rural Tourism Partnership",
            ("Partnership said", "said"),
        ),
        (
            "If every family who has ever ridden behind one of our engines gave us a fiver,",
            "Geoffrey Ackroyd",
            ("he added", "he"),
            "added",
        ),
        ("we would be there by Christmas.", "Geoffrey Ackroyd", ("he added", "he"), "added"),
    ],
    ["Bridge the Beck"],
)

article(
    "blind31-en05",
    "en",
    """Falcon sells for record SR1.2m at Riyadh auction

Short Url
https://arab.news/p4k7z

Updated 14 March 2024
Nadia Al-Harbi
March 14, 2024 21:40

RIYADH: A captive-bred peregrine falcon sold for a record SR1.2 million ($320,000) on Wednesday night at the "Wings of Najd" auction in Riyadh, beating the previous record by more than SR400,000.
The auction is organized each spring by the Al-Nakheel Falconry Club. The bird, a white-and-grey female, was bought after 40 minutes of bidding by a collector from Hafr Al-Batin who asked not to be named.
"She has the chest of a hunter and the calm of an old bird, and she is only eight months old," the buyer told Arab News through a relative. "I did not come here to lose."
Organizers said 146 falcons had been offered over the auction's first five nights, with total sales of SR7.8 million.
Fahad Al-Muqrin, the auction's director, said the price reflected "the growing confidence of falconers in birds raised by Saudi breeders."
"Ten years ago, the best birds came from abroad," Al-Muqrin said. "Today the buyers come to us. This is what the breeders have worked for."
The breeder, Sultan bin Rashid Al-Dosari, watched the sale from the back of the hall. Speaking in Arabic, he said he had raised the bird's parents himself and had turned down two private offers before the auction.
"My father taught me that a falcon is not sold, it is entrusted," Al-Dosari said. "Tonight I entrusted her to a good man."
The club's veterinary committee examines every bird before it is offered, checking its weight, its feathers and a DNA certificate proving it was bred in captivity. Dr. Rania Al-Shammari, who heads the committee, said the checks were "non-negotiable."
"A beautiful bird with a forged certificate is worth nothing here," she said.
Falconry, practiced on the Arabian Peninsula for thousands of years, has drawn a new generation of young enthusiasts, many of whom follow breeders and trainers on social media.
Among the spectators was Khalid Al-Otaibi, 23, a student who drove 300 km from Buraidah with two of his cousins. "I cannot afford even the hood of a bird like that," he said, laughing. "But one day, inshallah."
Al-Nakheel Falconry Club said in a post on X that the auction had become "a bridge between the heritage of our grandfathers and the economy of our grandchildren," and that this year's edition would run until March 20.
Topics: Saudi Arabia, falconry, Riyadh
Most Popular
Related""",
    [
        (
            "She has the chest of a hunter and the calm of an old bird, and she is only eight months old,",
            "collector",
            "the buyer",
            "told",
        ),
        ("I did not come here to lose.", "collector", "the buyer", "told"),
        (
            "the growing confidence of falconers in birds raised by Saudi breeders.",
            "Fahad Al-Muqrin",
            "Fahad Al-Muqrin",
            ("said the price", "said"),
        ),
        (
            "Ten years ago, the best birds came from abroad,",
            "Fahad Al-Muqrin",
            ("Al-Muqrin said", "Al-Muqrin"),
            ("Al-Muqrin said", "said"),
        ),
        (
            "Today the buyers come to us. This is what the breeders have worked for.",
            "Fahad Al-Muqrin",
            ("Al-Muqrin said", "Al-Muqrin"),
            ("Al-Muqrin said", "said"),
        ),
        (
            "My father taught me that a falcon is not sold, it is entrusted,",
            "Sultan bin Rashid Al-Dosari",
            ("Al-Dosari said", "Al-Dosari"),
            ("Al-Dosari said", "said"),
        ),
        (
            "Tonight I entrusted her to a good man.",
            "Sultan bin Rashid Al-Dosari",
            ("Al-Dosari said", "Al-Dosari"),
            ("Al-Dosari said", "said"),
        ),
        (
            "non-negotiable.",
            "Rania Al-Shammari",
            "Dr. Rania Al-Shammari",
            ("said the checks", "said"),
        ),
        (
            "A beautiful bird with a forged certificate is worth nothing here,",
            "Rania Al-Shammari",
            ("she said.", "she"),
            ("she said.", "said"),
        ),
        (
            "I cannot afford even the hood of a bird like that,",
            "Khalid Al-Otaibi",
            ("he said, laughing", "he"),
            ("he said, laughing", "said"),
        ),
        (
            "But one day, inshallah.",
            "Khalid Al-Otaibi",
            ("he said, laughing", "he"),
            ("he said, laughing", "said"),
        ),
        (
            "a bridge between the heritage of our grandfathers and the economy of our grandchildren,",
            "Al-Nakheel Falconry Club",
            ("Al-Nakheel Falconry Club said", "Al-Nakheel Falconry Club"),
            ("Club said", "said"),
        ),
    ],
    ["Wings of Najd"],
)

article(
    "blind31-en06",
    "en",
    """Riverbank collapses swallow homes as sand dredgers work the Mekong, villagers say

Provincial authorities say the dredging company holds a valid license.

By Sok Vannak for RFA Khmer
2024.03.12

Three houses and a small Buddhist shrine slid into the Mekong River early on Sunday in Kandal province’s Koh Thom district, villagers said, blaming sand dredgers that have worked the riverbed opposite their village day and night since December.
No one was hurt, but about 40 families in Prek Sdei village have been told by local officials to move their belongings away from the bank.
“At 3 a.m. we heard a sound like thunder, and when we went outside half of my neighbor’s house was already in the water,” Chea Sophal, 47, told RFA Khmer by phone. “We have asked the commune chief again and again to stop these boats. He tells us, ‘Be patient, they will leave after Khmer New Year.’ That was last year.”
Another villager, who declined to be named for fear of reprisal, said the barges belonged to a company with ties to a senior provincial official. “Everyone here knows whose boats these are,” she said. “If I say the name, tomorrow my house will fall in the river too, and not because of the water.”
The company, Mekong Golden Sand Co. Ltd., did not answer repeated phone calls. In a post on its Facebook page on Monday, the company said it “operates strictly within the zone approved by the ministry” and that the collapse was “a natural phenomenon caused by strong currents.”
Kandal provincial spokesman Ouk Samnang told RFA that the company held a valid license and that experts would be sent “to study the cause.”
Asked whether dredging would be suspended during the study, he said: “That is a decision for the ministry, not for the province,” and hung up.
A spokesman for the Ministry of Water Resources and River Works, Meas Vuthy, said two of the company’s five barges had been halted “temporarily” pending an inspection, but did not say when it would take place.
The environmental group Mekong Riverbank Alliance said in a report published last year, titled “Selling the Riverbed,” that dredging had “lowered the riverbed by up to three meters in places” along a 40-kilometer stretch upstream of Phnom Penh.
“The river is being mined faster than it can refill itself,” the group’s director, Lim Sreypov, told RFA. “What happened in Prek Sdei will happen in many more villages if nothing changes.”
Residents said they planned to submit a petition to the provincial hall this week, although several said they doubted it would be read.
Translated by Dara Kim. Edited by Paul Whitby.
Copyright © 2006-2024, RFA. Used with the permission of Radio Free Asia.""",
    [
        (
            "At 3 a.m. we heard a sound like thunder, and when we went outside half of my neighbor’s house was already in the water,",
            "Chea Sophal",
            "Chea Sophal",
            "told",
        ),
        (
            "We have asked the commune chief again and again to stop these boats. He tells us, ‘Be patient, they will leave after Khmer New Year.’ That was last year.",
            "Chea Sophal",
            "Chea Sophal",
            "told",
        ),
        (
            "Everyone here knows whose boats these are,",
            "villager",
            ("she said", "she"),
            ("she said", "said"),
        ),
        (
            "If I say the name, tomorrow my house will fall in the river too, and not because of the water.",
            "villager",
            ("she said", "she"),
            ("she said", "said"),
        ),
        (
            "operates strictly within the zone approved by the ministry",
            "Mekong Golden Sand Co. Ltd.",
            ("the company said", "the company"),
            ("the company said", "said"),
        ),
        (
            "a natural phenomenon caused by strong currents.",
            "Mekong Golden Sand Co. Ltd.",
            ("the company said", "the company"),
            ("the company said", "said"),
        ),
        ("to study the cause.", "Ouk Samnang", "Ouk Samnang", "told"),
        (
            "That is a decision for the ministry, not for the province,",
            "Ouk Samnang",
            ("he said:", "he"),
            ("he said:", "said"),
        ),
        ("temporarily", "Meas Vuthy", "Meas Vuthy", ("Vuthy, said", "said")),
        (
            "lowered the riverbed by up to three meters in places",
            "Mekong Riverbank Alliance",
            "Mekong Riverbank Alliance",
            ("Alliance said", "said"),
        ),
        (
            "The river is being mined faster than it can refill itself,",
            "Lim Sreypov",
            "Lim Sreypov",
            "told",
        ),
        (
            "What happened in Prek Sdei will happen in many more villages if nothing changes.",
            "Lim Sreypov",
            "Lim Sreypov",
            "told",
        ),
    ],
    ["Selling the Riverbed,"],
)

article(
    "blind31-en07",
    "en",
    """Shore crabs keep time with tides they can no longer feel

Crabs moved to a laboratory far from the sea still became active when the tide would have come in, for as long as six weeks

Animals
13 March 2024
By Priya Raman

A green shore crab on a rocky beach at low tide
Jonas Feld/Alamy

Green shore crabs carry an internal tide clock so reliable that it keeps ticking for weeks after the animals are taken away from the sea.
Elena Vasquez at the Atlantic Coastal Ecology Institute in Portugal and her colleagues collected 120 crabs from three beaches near Aveiro and moved them to tanks with no waves, no change in water level and constant dim light.
For up to six weeks, the crabs became restless and started foraging roughly every 12.4 hours, the interval between high tides on their home beaches. “They were getting up for a tide that was never going to arrive,” says Vasquez.
The timing drifted by only a few minutes a day. “We expected the rhythm to fade within a week or so,” she says. “Instead, some individuals were still keeping almost perfect time at day 40, which honestly made us check the equipment twice.”
Crabs taken from a beach with unusually irregular tides kept a looser rhythm, the team found, which suggests the clock is tuned by experience rather than fixed at birth.
“A fisherman in Aveiro told me, ‘Of course they know the tide, they are crabs,’” says Vasquez. “He was right. Now we can put a number on it.”
The study, “Persistent circatidal activity in displaced green shore crabs”, is published in Marine Behaviour Letters.
Not everyone is convinced that the crabs are keeping time on their own. Tomasz Wierzbicki at the Baltic Institute of Zoology in Poland says the tanks may have carried subtle cues from the building around them.
“Pumps switch on and off, people walk past, the floors vibrate,” he says. “Crabs are extremely sensitive animals. I would want to see the experiment repeated somewhere nobody goes near the tanks for weeks.”
Vasquez says that was exactly why the team filmed the crabs at night, when the building was empty. Her colleague João Pinheiro, who ran the recordings, puts it more bluntly: “If the crabs are reacting to the cleaner, the cleaner is very punctual.”
The researchers now plan to look for the genes behind the rhythm, and to test whether crabs raised from eggs in the lab develop a tide clock at all.
Sign up to our free newsletter for the latest on animals, plants and the natural world
Journal reference: Marine Behaviour Letters DOI: 10.4471/mbl.2024.0113
Topics: animals / marine biology""",
    [
        (
            "They were getting up for a tide that was never going to arrive,",
            "Elena Vasquez",
            ("says Vasquez.\n", "Vasquez"),
            ("says Vasquez.\n", "says"),
        ),
        (
            "We expected the rhythm to fade within a week or so,",
            "Elena Vasquez",
            ("she says", "she"),
            ("she says", "says"),
        ),
        (
            "Instead, some individuals were still keeping almost perfect time at day 40, which honestly made us check the equipment twice.",
            "Elena Vasquez",
            ("she says", "she"),
            ("she says", "says"),
        ),
        (
            "A fisherman in Aveiro told me, ‘Of course they know the tide, they are crabs,’",
            "Elena Vasquez",
            ("says Vasquez. “He", "Vasquez"),
            ("says Vasquez. “He", "says"),
        ),
        (
            "He was right. Now we can put a number on it.",
            "Elena Vasquez",
            ("says Vasquez. “He", "Vasquez"),
            ("says Vasquez. “He", "says"),
        ),
        (
            "Pumps switch on and off, people walk past, the floors vibrate,",
            "Tomasz Wierzbicki",
            ("he says", "he"),
            ("he says", "says"),
        ),
        (
            "Crabs are extremely sensitive animals. I would want to see the experiment repeated somewhere nobody goes near the tanks for weeks.",
            "Tomasz Wierzbicki",
            ("he says", "he"),
            ("he says", "says"),
        ),
        (
            "If the crabs are reacting to the cleaner, the cleaner is very punctual.",
            "João Pinheiro",
            "João Pinheiro",
            "puts it",
        ),
    ],
    ["Persistent circatidal activity in displaced green shore crabs"],
)

article(
    "blind31-en08",
    "en",
    """The Hollow Saints Cancel Reunion Tour Days Before Opening Night

"It's not happening, and I'm sorry," singer Dana Kirwan wrote on Instagram. Her bandmates say they found out from fans

By Marcus Feld
March 13, 2024

The Hollow Saints' long-awaited reunion tour is off.
Singer Dana Kirwan announced the cancellation of the 22-date North American run on Instagram late Tuesday, four days before the band was due to play its first show in 14 years at Denver's Marlowe Theatre. "It's not happening, and I'm sorry," Kirwan wrote. "I thought I could walk back into that room. I can't. Refunds are available at point of purchase."
The band split in 2010, a year after its fourth album, "Salt Roads," stalled outside the Top 40, and its members have spent the years since in other bands, in studios and, in one case, in a bakery.
Guitarist Reuben Ashcroft says he learned the news the same way fans did. "My phone started going off at midnight," he tells Rolling Stone. "Forty texts. I thought somebody had died. Then I saw the post and, honestly, for a second I wished somebody had."
He says the band had just finished three weeks of rehearsals in Los Angeles, and that the last one, on Sunday, "felt like 1998 again."
Trending
A person close to the band, who asked not to be named because they were not authorized to speak publicly, says the tensions went back to a dispute over the setlist. Kirwan, the source says, refused to play "Paper Lanterns," the 1999 single that became the group's biggest hit, calling it "a song about a person I'm not anymore."
Representatives for Kirwan did not respond to requests for comment. The tour's promoter, Brightline Presents, said in a statement that it was "disappointed" and that all ticket holders would be refunded "in full, automatically, within 30 days."
Drummer Tess Oyelaran, who rejoined the band last year after a decade running that bakery in Portland, was more forgiving. Asked if she was angry, she took a long breath.
"No. Sad. I've known Dana since we were 17. When we were kids she used to say, 'The band is the only place I'm not scared.' Maybe that stopped being true."
Ashcroft is less sure the story is over. Asked whether the Hollow Saints would ever play together again, he laughs. "Ask me in a year," he says. "Actually, ask her."
Sign up for RS Daily. Get the latest music news delivered to your inbox every day.""",
    [
        ("It's not happening, and I'm sorry,", "Dana Kirwan", "Dana Kirwan", "wrote"),
        (
            "It's not happening, and I'm sorry,",
            "Dana Kirwan",
            ("Kirwan wrote", "Kirwan"),
            ("Kirwan wrote", "wrote"),
        ),
        (
            "I thought I could walk back into that room. I can't. Refunds are available at point of purchase.",
            "Dana Kirwan",
            ("Kirwan wrote", "Kirwan"),
            ("Kirwan wrote", "wrote"),
        ),
        (
            "My phone started going off at midnight,",
            "Reuben Ashcroft",
            ("he tells", "he"),
            ("he tells", "tells"),
        ),
        (
            "Forty texts. I thought somebody had died. Then I saw the post and, honestly, for a second I wished somebody had.",
            "Reuben Ashcroft",
            ("he tells", "he"),
            ("he tells", "tells"),
        ),
        (
            "felt like 1998 again.",
            "Reuben Ashcroft",
            ("He says the band", "He"),
            ("He says the band", "says"),
        ),
        (
            "a song about a person I'm not anymore.",
            "Dana Kirwan",
            ("Kirwan, the source", "Kirwan"),
            "calling",
        ),
        (
            "disappointed",
            "Brightline Presents",
            ("Brightline Presents, said", "Brightline Presents"),
            ("Presents, said", "said"),
        ),
        (
            "in full, automatically, within 30 days.",
            "Brightline Presents",
            ("Brightline Presents, said", "Brightline Presents"),
            ("Presents, said", "said"),
        ),
        (
            "No. Sad. I've known Dana since we were 17. When we were kids she used to say, 'The band is the only place I'm not scared.' Maybe that stopped being true.",
            "Tess Oyelaran",
            ("she took", "she"),
            None,
        ),
        (
            "Ask me in a year,",
            "Reuben Ashcroft",
            ('he says. "Actually', "he"),
            ('he says. "Actually', "says"),
        ),
        (
            "Actually, ask her.",
            "Reuben Ashcroft",
            ('he says. "Actually', "he"),
            ('he says. "Actually', "says"),
        ),
    ],
    ["Salt Roads,", "Paper Lanterns,"],
)


def main() -> None:
    SET.write(Path(__file__).with_name("blind31_en.jsonl"), WORDS_RANGE)


if __name__ == "__main__":
    main()
