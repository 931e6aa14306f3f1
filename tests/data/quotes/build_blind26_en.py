# ruff: noqa: E501, RUF001
# Prose articles with typographic quotation marks: the long lines and the marks are the data.
"""Builds blind26_en.jsonl: a twenty-sixth blind English quotation set (written for depeche, CC0).

Written from scratch by a helper who never read the quotes code, so that its score is an honest,
blind estimate of how ``depeche.quotes`` does on English news text nobody tuned it on. Every
story, person, place and organisation is invented (real countries and cities aside). Beats and
outlets imitated: a council cutting bin collections to every three weeks (Manchester Evening
News: a headline quote in straight single marks with an apostrophe inside, a dek, "Coun." titles,
a follow-on paragraph with no cue, a nested inner quote, a union with its initials in brackets,
a report title, "READ MORE" residue), subdivided-flat tenants served notice before new standards
(Hong Kong Free Press: Cantonese names, a tenant "surnamed" Lo quoted in translation, a lawmaker's
question and an official's answer, a bureau's statement, an unnamed property agent, a report
title), elephants raiding crop fields (The Namibian: straight marks, a conservancy with initials in
brackets, a multi-paragraph testimony with a nested quote, "adding that" partial quote, a fund's
name), a counterfeit antimalarial trial (Premium Times: Mr/Mrs without points, a witness's
evidence and cross-examination turns, the judge, an agency's laboratory report, a support pitch),
frost-fighting helicopters keeping a village awake (Otago Daily Times: a headline quote in curly
single marks, an interrupted quote, an unnamed pilot, a council statement, a protocol's name), a
battery storage plant hearing (Newsday: straight double marks with inner straight single ones, a
headline quote, a company statement, a fire chief answering Newsday, a petition and a sign),
macaques raiding a housing estate (The Star, Malaysia: Datuk, "when contacted", a municipal
council with initials in brackets, a nested Malay shout, an unnamed trapper, tags residue) and a
steelband's panyard eviction (Trinidad Express: a headline quote in curly single marks, a
nickname and a tune title in marks, a landowner's letter, an unnamed company source, a minister
talking to the Express). Titles, nicknames, slogans and scheme names in marks are non-quotes.
Gold conventions are those of build_dev.py.

Do not tune the extractor on this file: it measures, it does not teach. Run
``python tests/data/quotes/build_blind26_en.py`` after editing.
Bodies are named by their full name, also when the text gives a short one in brackets.
"""

from __future__ import annotations

from pathlib import Path

from build_dev import ArticleSet

SET = ArticleSet()
article = SET.article
WORDS_RANGE = (300, 650)


article(
    "blind26-en01",
    "en",
    """'We're drowning in rubbish already': Fury as Moorside moves to three-weekly bin collections

The council says the change will save £2.1m a year, but residents and opposition councillors warn of rats, foxes and split bags by the summer

By Kirsty Bannerman, Local Democracy Reporter
08:15, 14 MAR 2025 Updated 09:02, 14 MAR 2025

Families in Moorside will have their general waste bins emptied only once every three weeks from June, after councillors voted through the change at a heated meeting on Wednesday night.
The grey-bin rounds are being cut as part of a package of savings worth £2.1m a year, with the town hall insisting that blue and brown bin collections will stay fortnightly.
Council leader Coun Sandra Whitworth told the meeting the authority had “no good options left”.
“We have lost £84m in government funding since 2010. Every single pound we spend on lorries is a pound we do not spend on children in care,” she said.
“I don’t pretend this is popular. It isn’t. But I would rather be honest with people now than cut a service they can’t see later.”
READ MORE: Moorside leisure centre to close for six months after pool roof fails
Opposition Liberal Democrat group leader Coun Graham Pilling said the decision would leave streets “looking like a tip by August”.
“We’ve all seen what happens in the summer,” he said. “Bags split, foxes get in, the gulls have a field day, and then, funnily enough, the council sends out enforcement officers to fine the very people it let down.”
A grey bin left out on Carr Lane, Thornleigh (Image: Manchester Evening News)
Residents on the Holly Bank estate in Thornleigh say they are already struggling.
“We’re drowning in rubbish already,” said mum-of-four Dionne Raftery, 36. “With four kids and nappies, our bin is full by day eight. Three weeks? I’ll be sat on the lid trying to get it shut.”
Her neighbour, retired bus driver Keith Ormerod, 71, was blunter. “It’s a disgrace,” said Mr Ormerod. “My dad used to say, ‘You can judge a town by its bins,’ and he wasn’t wrong.”
The council’s cabinet member for environment, Coun Tariq Hussain, said households that needed more room, including large families and people with medical needs, could apply for a bigger bin free of charge.
“Nobody with a genuine need will be left without help,” Coun Hussain said. “But the simple truth is that more than half of what goes in the grey bin in Moorside could be recycled.”
A report to councillors, titled “Waste Services: A Sustainable Future”, found that the average grey bin in the borough contained 27 per cent food waste.
The Municipal and Refuse Workers’ Union (MRWU), which represents the borough’s bin crews, said it had been promised there would be no compulsory redundancies. In a statement, the MRWU said it would “watch very closely” how the new rounds were drawn up.
Moorside will be one of only a handful of councils in the North West to collect general waste every three weeks.
Do you think three-weekly collections can work? Let us know in the comments below.
Sign up to the Manchester Evening News daily newsletter for the latest news from across Greater Manchester""",
    [
        ("We're drowning in rubbish already", "Dionne Raftery", None, None),
        ("no good options left", "Sandra Whitworth", "Coun Sandra Whitworth", "told"),
        (
            "We have lost £84m in government funding since 2010. Every single pound we spend on lorries is a pound we do not spend on children in care,",
            "Sandra Whitworth",
            ("she said", "she"),
            "said",
        ),
        (
            "I don’t pretend this is popular. It isn’t. But I would rather be honest with people now than cut a service they can’t see later.",
            "Sandra Whitworth",
            None,
            None,
        ),
        ("looking like a tip by August", "Graham Pilling", "Coun Graham Pilling", "said"),
        ("We’ve all seen what happens in the summer,", "Graham Pilling", ("he said", "he"), "said"),
        (
            "Bags split, foxes get in, the gulls have a field day, and then, funnily enough, the council sends out enforcement officers to fine the very people it let down.",
            "Graham Pilling",
            ("he said", "he"),
            "said",
        ),
        ("We’re drowning in rubbish already,", "Dionne Raftery", "Dionne Raftery", "said"),
        (
            "With four kids and nappies, our bin is full by day eight. Three weeks? I’ll be sat on the lid trying to get it shut.",
            "Dionne Raftery",
            "Dionne Raftery",
            "said",
        ),
        ("It’s a disgrace,", "Keith Ormerod", "Mr Ormerod", "said"),
        (
            "My dad used to say, ‘You can judge a town by its bins,’ and he wasn’t wrong.",
            "Keith Ormerod",
            "Mr Ormerod",
            "said",
        ),
        (
            "Nobody with a genuine need will be left without help,",
            "Tariq Hussain",
            "Coun Hussain",
            "said",
        ),
        (
            "But the simple truth is that more than half of what goes in the grey bin in Moorside could be recycled.",
            "Tariq Hussain",
            "Coun Hussain",
            "said",
        ),
        (
            "watch very closely",
            "Municipal and Refuse Workers’ Union",
            ("the MRWU said", "the MRWU"),
            "said",
        ),
    ],
    ["Waste Services: A Sustainable Future"],
)

article(
    "blind26-en02",
    "en",
    """Subdivided flat tenants served notice as landlords move ahead of new minimum standards

Irene Chau
11:00, 5 February 2025

Families living in Hong Kong’s subdivided flats are being pushed out of their homes months before new minimum standards take effect, a tenants’ group has warned, as landlords clear units ahead of government inspections.
The Kwun Tong Tenants Concern Group said in a report on Tuesday that 38 of the 120 households it surveyed had been told to leave or to accept rent increases of up to 40 per cent.
“Landlords are not waiting for the law. They are emptying the flats now, before the inspectors come,” the group’s organiser Chan Wing-sze told HKFP.
The report, titled “Four Walls, No Door”, was based on door-to-door interviews in Kwun Tong and Sham Shui Po between November and January.
Photo: Irene Chau/HKFP.
One tenant, a 62-year-old cleaner surnamed Lo, has lived in a 70-square-foot unit in Sham Shui Po for 11 years with her adult son.
“Where can I go? The public housing queue is six years. My landlord said, ‘If you don’t like it, move,’ and that was the whole conversation,” she said in Cantonese.
Lo said she received a written notice on January 20 giving her until the end of March.
Under the new regime, every unit must have a window, a separate toilet and a floor area of at least 86 square feet, and owners must register with the Rating and Tenancy Office before renting one out.
Support HKFP | Code of Ethics | Error/typo? | Contact Us | Newsletter | Transparency & Annual Report | Apps
At a Legislative Council panel meeting last Thursday, lawmaker Wong Ka-lok pressed officials on the numbers. “What happens to the people who cannot afford a compliant flat? Have you even counted them?” Wong asked.
Fiona Leung Mei-yan, the office’s deputy director, replied that the government expected “a gradual transition” and that transitional housing would be offered to “those in genuine need”.
“We are not going to see people sleeping on the streets because of this law,” Leung said.
In a statement to HKFP, the Rating and Tenancy Office said the standards were “not intended to reduce supply”.
“Owners who serve notice merely to evade the standards may be acting in breach of their tenancy agreements. Tenants who encounter difficulties are encouraged to call our hotline,” a spokesperson said.
A property agent in Sham Shui Po, who asked not to be named, said many owners were “running the numbers” before deciding whether to stay in the market.
“If I have to spend HK$80,000 to put in a window and a toilet for each unit, I will have fewer units, and the rent will go up. That is just arithmetic,” he said.
Chan said the group would hand its findings to district councillors next week. “Arithmetic is exactly the problem. People are not numbers,” she said.
HKFP is an impartial platform & does not necessarily share the views of opinion writers or advertisers.""",
    [
        (
            "Landlords are not waiting for the law. They are emptying the flats now, before the inspectors come,",
            "Chan Wing-sze",
            "Chan Wing-sze",
            "told",
        ),
        (
            "Where can I go? The public housing queue is six years. My landlord said, ‘If you don’t like it, move,’ and that was the whole conversation,",
            "Lo",
            ("she said in Cantonese", "she"),
            "said",
        ),
        (
            "What happens to the people who cannot afford a compliant flat? Have you even counted them?",
            "Wong Ka-lok",
            ("Wong asked", "Wong"),
            "asked",
        ),
        ("a gradual transition", "Fiona Leung Mei-yan", "Fiona Leung Mei-yan", "replied"),
        ("those in genuine need", "Fiona Leung Mei-yan", "Fiona Leung Mei-yan", "replied"),
        (
            "We are not going to see people sleeping on the streets because of this law,",
            "Fiona Leung Mei-yan",
            "Leung",
            "said",
        ),
        (
            "not intended to reduce supply",
            "Rating and Tenancy Office",
            ("the Rating and Tenancy Office said", "the Rating and Tenancy Office"),
            "said",
        ),
        (
            "Owners who serve notice merely to evade the standards may be acting in breach of their tenancy agreements. Tenants who encounter difficulties are encouraged to call our hotline,",
            "Rating and Tenancy Office",
            "a spokesperson",
            "said",
        ),
        ("running the numbers", "property agent", "A property agent", "said"),
        (
            "If I have to spend HK$80,000 to put in a window and a toilet for each unit, I will have fewer units, and the rent will go up. That is just arithmetic,",
            "property agent",
            ("he said", "he"),
            "said",
        ),
        (
            "Arithmetic is exactly the problem. People are not numbers,",
            "Chan Wing-sze",
            ("she said", "she"),
            "said",
        ),
    ],
    ["Four Walls, No Door"],
)

article(
    "blind26-en03",
    "en",
    """Elephants flatten Zambezi crop fields as farmers demand compensation

Ndapewa Shikongo
2025-04-10

VILLAGERS in the Sibbinda area of the Zambezi region say they face hunger after herds of elephants destroyed more than 300 hectares of maize and millet fields over the past three weeks.
Farmers told The Namibian this week that the animals had been coming out of the floodplain almost every night since the end of March, when the rains stopped.
"We planted in December, we weeded in January, and in one night everything was gone," said Mathews Likando, the headman of Kapani village. "The elephants came at about 02h00. We were banging pots, but they do not fear us anymore."
The Sibbinda-Liselo Conservancy (SLC), which manages wildlife on behalf of 14 villages, said it had received 46 reports of crop damage since February.
SLC manager Precious Mwilima said the conservancy could no longer pay farmers from its own funds.
"The money in the self-insurance scheme is finished. We paid out N$310 000 last year and we cannot pay the same this year," Mwilima said.
Photo: Contributed
Agnes Mubita, a 54-year-old mother of six from Kapani, walked The Namibian through what remains of her field. She said:
"I have nothing to feed the children. My maize field was four hectares. Now you can see, it is only stalks.
"Last year they told us, 'Wait for the compensation,' and we waited for eight months. This year I will not wait. I will go to the regional office myself."
Environment ministry spokesperson Romeo Haufiku said a team had been sent to Sibbinda on Tuesday to assess the damage.
"We cannot shoot our way out of this problem. Elephants are part of our heritage and part of our tourism economy," Haufiku said, adding that the ministry had budgeted for "more than 20 elephant-proof kraals" in the region this financial year.
He said payments from the "Conflict Relief Fund" would be processed "within the limits of the budget".
Kongola constituency councillor Beaven Simasiku described the situation as "a disaster in slow motion" and called on the government to declare the affected villages a food-relief area.
"People are sleeping in the fields to guard what is left. Somebody is going to be killed," he warned.
According to the conservancy, the region's elephant population has grown steadily over the past decade, while fences and boreholes have pushed herds closer to homesteads.
Stay informed with The Namibian – your source for credible journalism. Get more stories like this by signing up for our daily newsletter.""",
    [
        (
            "We planted in December, we weeded in January, and in one night everything was gone,",
            "Mathews Likando",
            "Mathews Likando",
            "said",
        ),
        (
            "The elephants came at about 02h00. We were banging pots, but they do not fear us anymore.",
            "Mathews Likando",
            "Mathews Likando",
            "said",
        ),
        (
            "The money in the self-insurance scheme is finished. We paid out N$310 000 last year and we cannot pay the same this year,",
            "Precious Mwilima",
            "Mwilima",
            "said",
        ),
        (
            "I have nothing to feed the children. My maize field was four hectares. Now you can see, it is only stalks.",
            "Agnes Mubita",
            ("She said", "She"),
            "said",
        ),
        (
            "Last year they told us, 'Wait for the compensation,' and we waited for eight months. This year I will not wait. I will go to the regional office myself.",
            "Agnes Mubita",
            ("She said", "She"),
            "said",
        ),
        (
            "We cannot shoot our way out of this problem. Elephants are part of our heritage and part of our tourism economy,",
            "Romeo Haufiku",
            "Haufiku",
            "said",
        ),
        ("more than 20 elephant-proof kraals", "Romeo Haufiku", "Haufiku", "adding"),
        ("within the limits of the budget", "Romeo Haufiku", ("He said payments", "He"), "said"),
        ("a disaster in slow motion", "Beaven Simasiku", "Beaven Simasiku", "described"),
        (
            "People are sleeping in the fields to guard what is left. Somebody is going to be killed,",
            "Beaven Simasiku",
            ("he warned", "he"),
            "warned",
        ),
    ],
    ["Conflict Relief Fund"],
)

article(
    "blind26-en04",
    "en",
    """Fake antimalarials: Investigator tells court how blister packs gave importer away

By Chinedu Okwuosa
May 21, 2025

An investigator with the Pharmaceutical Standards Agency (PSA) on Tuesday told the Federal High Court in Lagos how identical batch numbers on thousands of blister packs led officers to a warehouse in Ikorodu where counterfeit antimalarial drugs were stored.
Halima Danjuma, the second prosecution witness, was testifying in the trial of an importer, Chukwuemeka Obiora, and his company, Greenleaf Medics Limited.
Mr Obiora and the company are facing an 11-count charge bordering on the importation and sale of fake and substandard drugs. They pleaded not guilty.
Led in evidence by the prosecution counsel, Ngozi Ekwueme, Mrs Danjuma told the court that officers opened 40 cartons during the search in August 2023.
“When we opened the cartons, the blister packs carried the same batch number on every strip. A genuine manufacturer does not do that,” the witness said.
She added that the cartons were labelled as “vitamin supplements” on the shipping documents.
The agency, in a laboratory report tendered as Exhibit P7, said the tablets contained “no detectable quantity of artemether or lumefantrine”.
Support PREMIUM TIMES' journalism of integrity and credibility. Good journalism costs a lot of money. Yet only good journalism can ensure the possibility of a good society, an accountable democracy, and a transparent government.
Under cross-examination, the defence counsel, Babatunde Oyenuga, asked the witness whether she had personally tested the drugs.
“No, my lord. The laboratory did,” she replied.
“So you cannot tell this court what was inside those tablets?” Mr Oyenuga asked.
“I can tell the court what the laboratory found, and it found chalk and starch,” Mrs Danjuma answered.
When the lawyer pressed further, the trial judge, Olufunke Adeyemi-Bako, intervened. “Counsel, allow the witness to finish her answer before you ask the next question,” the judge said.
Mr Oyenuga had earlier described the charges as “a fishing expedition” and told the court his client was “a licensed distributor who was himself deceived by a foreign supplier”.
The PSA’s Director-General, Aminu Garba-Kolo, had said in a statement at the time of the arrest that the seizure was “the largest of its kind in the South-west”.
“Anyone who sells fake antimalarials to Nigerian mothers and children is not a businessman. He is a killer,” Mr Garba-Kolo said then.
Malaria remains one of the leading causes of death among children under five in Nigeria, according to health officials.
The judge adjourned the case until 12 June for continuation of trial.
PREMIUM TIMES reported in 2023 how the agency traced the consignment through the Tin Can Island port.""",
    [
        (
            "When we opened the cartons, the blister packs carried the same batch number on every strip. A genuine manufacturer does not do that,",
            "Halima Danjuma",
            "the witness",
            "said",
        ),
        ("vitamin supplements", "Halima Danjuma", ("She added", "She"), "added"),
        (
            "no detectable quantity of artemether or lumefantrine",
            "Pharmaceutical Standards Agency",
            ("The agency, in a laboratory report", "The agency"),
            "said",
        ),
        ("No, my lord. The laboratory did,", "Halima Danjuma", ("she replied", "she"), "replied"),
        (
            "So you cannot tell this court what was inside those tablets?",
            "Babatunde Oyenuga",
            "Mr Oyenuga",
            "asked",
        ),
        (
            "I can tell the court what the laboratory found, and it found chalk and starch,",
            "Halima Danjuma",
            "Mrs Danjuma",
            "answered",
        ),
        (
            "Counsel, allow the witness to finish her answer before you ask the next question,",
            "Olufunke Adeyemi-Bako",
            "the judge",
            "said",
        ),
        ("a fishing expedition", "Babatunde Oyenuga", "Mr Oyenuga", "described"),
        (
            "a licensed distributor who was himself deceived by a foreign supplier",
            "Babatunde Oyenuga",
            "Mr Oyenuga",
            "told",
        ),
        (
            "the largest of its kind in the South-west",
            "Aminu Garba-Kolo",
            "Aminu Garba-Kolo",
            "had said",
        ),
        (
            "Anyone who sells fake antimalarials to Nigerian mothers and children is not a businessman. He is a killer,",
            "Aminu Garba-Kolo",
            "Mr Garba-Kolo",
            "said",
        ),
    ],
)

article(
    "blind26-en05",
    "en",
    """Frost helicopters ‘like living in a war zone’

By Sinead Corrigan
Cromwell
Friday, 3 October 2025

Bannockburn residents woken night after night by frost-fighting helicopters say they have had enough, but growers say the machines are all that stand between them and a lost vintage.
Helicopters have been called out over vineyards on the Cromwell flats on nine nights since the start of September, hovering low to push warmer air down on to the vines.
Bannockburn resident Lorraine Begg said the noise started about 3am and often did not stop until after sunrise.
“It’s like living in a war zone. You’ve got four or five choppers over the vines and the whole house shakes,” Mrs Begg said.
“I went over and spoke to one of the vineyard managers. He told me, ‘You moved to the country, love,’ as if that settles it.”
PHOTO: SUPPLIED
Kawarau Valley Winegrowers Association chairman Tom Ruddenklau said growers did not take the decision to fly lightly.
“We had minus 4 degrees on the flats on Tuesday night,” Mr Ruddenklau said, “and without the machines some blocks would have lost 80% of their fruit.”
It cost growers about $4000 an hour to keep a helicopter in the air, he said.
“Nobody flies for fun. They go up when the alternative is losing the whole crop.”
Central Lakes District Council planning manager Bridget Hoare said the council had received 37 complaints since September 1.
The district plan allowed frost protection “as a permitted activity between 1 September and 30 November”, Ms Hoare said, provided growers followed the “Good Neighbour” frost protocol, which asks them to warn residents by text message.
In a statement, the council said it was “reviewing the noise provisions as part of the district plan review” and would hold a public drop-in session at the Bannockburn hall later this month.
One pilot, who did not want to be named, said the criticism was unfair.
“We’re flying at 20 feet in the dark to save somebody’s livelihood. I’d like to see the people complaining try it,” he said.
Mrs Begg said she was not against the wine industry.
“Half my friends work in it. I just want to know when it’s coming, so I can put the kids in the car and go and sleep at my sister’s in Alexandra.”
Advertisement
Support independent local journalism. Subscribe to the ODT.""",
    [
        ("like living in a war zone", "Lorraine Begg", None, None),
        (
            "It’s like living in a war zone. You’ve got four or five choppers over the vines and the whole house shakes,",
            "Lorraine Begg",
            "Mrs Begg",
            "said",
        ),
        (
            "I went over and spoke to one of the vineyard managers. He told me, ‘You moved to the country, love,’ as if that settles it.",
            "Lorraine Begg",
            None,
            None,
        ),
        (
            "We had minus 4 degrees on the flats on Tuesday night,",
            "Tom Ruddenklau",
            "Mr Ruddenklau",
            "said",
        ),
        (
            "and without the machines some blocks would have lost 80% of their fruit.",
            "Tom Ruddenklau",
            "Mr Ruddenklau",
            "said",
        ),
        (
            "Nobody flies for fun. They go up when the alternative is losing the whole crop.",
            "Tom Ruddenklau",
            None,
            None,
        ),
        (
            "as a permitted activity between 1 September and 30 November",
            "Bridget Hoare",
            "Ms Hoare",
            "said",
        ),
        (
            "reviewing the noise provisions as part of the district plan review",
            "Central Lakes District Council",
            ("the council said", "the council"),
            "said",
        ),
        (
            "We’re flying at 20 feet in the dark to save somebody’s livelihood. I’d like to see the people complaining try it,",
            "pilot",
            ("he said", "he"),
            "said",
        ),
        (
            "Half my friends work in it. I just want to know when it’s coming, so I can put the kids in the car and go and sleep at my sister’s in Alexandra.",
            "Lorraine Begg",
            None,
            None,
        ),
    ],
    ["Good Neighbour"],
)

article(
    "blind26-en06",
    "en",
    """Cedar Hollow residents pack hearing on battery storage plant: 'We are not guinea pigs'

By Rachel Weingart
Updated March 12, 2025 9:41 pm

More than 300 people crowded into Halesport Town Hall on Tuesday night to oppose a proposed battery energy storage facility in Cedar Hollow, with many holding signs reading "Not In Our Hollow" and some spilling into the parking lot to watch the hearing on their phones.
Northfork Energy Storage LLC wants to build the 80-megawatt facility on a 9-acre former sod farm off Mill Pond Road, about 400 feet from Cedar Hollow Elementary School.
"We are not guinea pigs," said Donna Castellano, 58, who has lived on Mill Pond Road for 30 years. "You don't put a lithium battery the size of a football field next to a school and tell parents, 'Trust us.'"
Credit: Newsday/Alan Reyes
In a statement, Northfork Energy Storage said the project would "strengthen the grid during summer peaks" and could power about 30,000 homes for four hours.
"The facility will meet or exceed every fire code in New York State, and we will fund training for local firefighters," company spokesman Paul Mandelbaum said at the hearing, drawing jeers from the crowd.
Cedar Hollow Fire Department Chief Raymond Sobel told the board his volunteers had never handled a lithium-ion fire at that scale.
"My guys are plumbers and teachers and electricians. We need training and we need water on that site before a single battery goes in," Sobel said.
Asked by Newsday after the hearing whether the department had been consulted by the developer, Sobel said: "Once. By email."
A petition titled "Stop the Cedar Hollow Battery" had collected more than 4,100 signatures by Tuesday, organizers said.
Town Supervisor Angela Ruiz-Petrakis said the board would not vote on the application before "the fire marshal has signed off on every page."
"I've heard you," Ruiz-Petrakis told the crowd near the end of the four-hour meeting. "Nobody on this board is going to rush this."
Not everyone in the room was opposed. Electrician Luis Ortega, 41, of Halesport, said the project would bring union jobs during construction.
"Everybody wants the lights on in August," Ortega said. "Nobody wants to see where the power comes from."
The state has set a target of 6 gigawatts of energy storage by 2030. The board kept the public hearing open for written comments until April 15.
Sign up for Newsday's Long Island Now newsletter to get the day's top stories.""",
    [
        ("We are not guinea pigs", "Donna Castellano", None, None),
        ("We are not guinea pigs,", "Donna Castellano", "Donna Castellano", "said"),
        (
            "You don't put a lithium battery the size of a football field next to a school and tell parents, 'Trust us.'",
            "Donna Castellano",
            "Donna Castellano",
            "said",
        ),
        (
            "strengthen the grid during summer peaks",
            "Northfork Energy Storage LLC",
            ("Northfork Energy Storage said", "Northfork Energy Storage"),
            "said",
        ),
        (
            "The facility will meet or exceed every fire code in New York State, and we will fund training for local firefighters,",
            "Paul Mandelbaum",
            "Paul Mandelbaum",
            "said",
        ),
        (
            "My guys are plumbers and teachers and electricians. We need training and we need water on that site before a single battery goes in,",
            "Raymond Sobel",
            "Sobel",
            "said",
        ),
        ("Once. By email.", "Raymond Sobel", ("Sobel said:", "Sobel"), "said"),
        (
            "the fire marshal has signed off on every page.",
            "Angela Ruiz-Petrakis",
            "Angela Ruiz-Petrakis",
            "said",
        ),
        ("I've heard you,", "Angela Ruiz-Petrakis", "Ruiz-Petrakis", "told"),
        (
            "Nobody on this board is going to rush this.",
            "Angela Ruiz-Petrakis",
            "Ruiz-Petrakis",
            "told",
        ),
        ("Everybody wants the lights on in August,", "Luis Ortega", "Ortega", "said"),
        ("Nobody wants to see where the power comes from.", "Luis Ortega", "Ortega", "said"),
    ],
    ["Not In Our Hollow", "Stop the Cedar Hollow Battery"],
)

article(
    "blind26-en07",
    "en",
    """Monkeys raiding homes in Taman Bukit Seri Indah, residents at their wits’ end

Nation
Sunday, 04 May 2025
By FARAH NADIA ISMAIL

PETALING JAYA: Residents of Taman Bukit Seri Indah here are at their wits’ end after troops of long-tailed macaques began entering homes, opening refrigerators and snatching food from children.
Taman Bukit Seri Indah Residents Association chairman Lim Kok Wah, 63, said at least 30 houses near the forest reserve had been raided since early April.
“They open the fridge, take eggs and bread, and some even know how to turn on the tap. We have to lock our kitchen doors in the afternoon now,” he said when contacted on Sunday (May 4).
Lim said the association had written to the local council and the wildlife authorities twice but the problem had only grown worse.
Housewife S. Thilagavathy, 58, said her grandson had a lucky escape last week.
“My grandson shouted ‘Monyet! Monyet!’ and by the time I came out, the monkey had already taken his whole lunchbox and climbed onto the roof,” she said.
“He was crying the whole evening. Now he refuses to play in the garden.”
Related stories:
Macaque population in urban areas rising, says expert
Residents told not to feed wild animals after attacks in Ulu Kelang
The Bukit Seri Municipal Council (MPBS), in a statement, said residents should “secure their rubbish bins and refrain from feeding the animals”.
It added that enforcement officers would inspect the area together with the State Wildlife Management Unit this week.
State environment committee chairman Datuk Rosnah Kamaruddin said culling would only be used as a last resort.
“We will not cull the monkeys indiscriminately. We will trap and relocate them where possible, and we will work with the council to fix the rubbish problem, because that is what draws them in,” she said when met after an event in Shah Alam.
Datuk Rosnah added that the state had allocated RM150,000 this year for wildlife conflict management.
A licensed trapper, who declined to be named, said relocation alone would not solve the problem.
“You take out 20, another troop comes in. As long as people throw food into the drain, the monkeys will come back,” he said.
Lim said residents were also worried about safety. “There are elderly people living alone here. If a big male attacks, who will help them?” he asked.
Tags / Keywords: Monkeys , Macaques , Wildlife , Residents , Petaling Jaya
Report it to us.
Thank you for your report!""",
    [
        (
            "They open the fridge, take eggs and bread, and some even know how to turn on the tap. We have to lock our kitchen doors in the afternoon now,",
            "Lim Kok Wah",
            ("he said when contacted", "he"),
            "said",
        ),
        (
            "My grandson shouted ‘Monyet! Monyet!’ and by the time I came out, the monkey had already taken his whole lunchbox and climbed onto the roof,",
            "S. Thilagavathy",
            ("she said", "she"),
            "said",
        ),
        (
            "He was crying the whole evening. Now he refuses to play in the garden.",
            "S. Thilagavathy",
            None,
            None,
        ),
        (
            "secure their rubbish bins and refrain from feeding the animals",
            "Bukit Seri Municipal Council",
            ("The Bukit Seri Municipal Council (MPBS)", "The Bukit Seri Municipal Council"),
            "said",
        ),
        (
            "We will not cull the monkeys indiscriminately. We will trap and relocate them where possible, and we will work with the council to fix the rubbish problem, because that is what draws them in,",
            "Rosnah Kamaruddin",
            ("she said when met", "she"),
            "said",
        ),
        (
            "You take out 20, another troop comes in. As long as people throw food into the drain, the monkeys will come back,",
            "trapper",
            ("he said", "he"),
            "said",
        ),
        (
            "There are elderly people living alone here. If a big male attacks, who will help them?",
            "Lim Kok Wah",
            ("he asked", "he"),
            "asked",
        ),
    ],
)

article(
    "blind26-en08",
    "en",
    """‘Pan have no home’: Belmont steelband given 30 days to leave panyard

Renee Baptiste-Charles
Mar 18, 2025

FOR 22 years the sound of the Belmont Harmonites has rolled down from the panyard on Jerningham Avenue every night from January to Carnival. By the middle of April, the yard may be silent for good.
The band’s management received a letter last week from the landowner, Harcourt Holdings Ltd, informing them that the lease would “not be renewed upon expiry” on April 17 and asking the band to “remove all instruments, racks and structures” from the site.
Band manager Anthony “Skinny” Guevara said the members were in shock.
“Pan have no home now. Where are we supposed to put 90 pans, the racks, the trucks?” he asked. “You can’t store a steelband in your living room.”
Guevara said the band had never missed a payment.
“We are not squatters,” he said, “we paid rent every month for 22 years, and we have the receipts to prove it.”
Photo: ANIKA GUMBS
The Harmonites placed fifth in the large band final of Panorama last month with arranger Dexter Sealy’s “Pan in Meh Blood”.
A source at Harcourt Holdings, who asked not to be identified, told the Express the land had been sold to a developer who plans to build townhouses. “The company gave the band plenty of notice. This is a commercial decision,” the source said.
National Steelband Association (NSA) president Keston Alleyne described the eviction as “a blow to the culture” and said the association would meet the band’s executive this week.
“Every time a panyard closes, a community loses a place where young people can go in the night and be safe,” Alleyne said.
Jelani Frederick, 19, who plays tenor pan with the band, said the yard had shaped his life.
“I came here when I was eight. My mother used to say, ‘At least when you’re in the panyard, I know where you are,’ and she was right. A lot of my friends from the block are not here today,” Frederick said.
Contacted yesterday, Minister of Culture Sharon Mitchell-Boodoo said the ministry was “looking at options” but cautioned that the State could not intervene in every private lease.
“The State cannot buy every piece of land where a band practises. What we can do is help the band find a suitable site, and we will,” the minister told the Express.
Guevara said the Harmonites would play one final “lime” in the yard on Easter Sunday.
Recommended for you""",
    [
        ("Pan have no home", "Anthony Guevara", None, None),
        (
            "not be renewed upon expiry",
            "Harcourt Holdings Ltd",
            "Harcourt Holdings Ltd",
            "informing",
        ),
        (
            "remove all instruments, racks and structures",
            "Harcourt Holdings Ltd",
            "Harcourt Holdings Ltd",
            "asking",
        ),
        (
            "Pan have no home now. Where are we supposed to put 90 pans, the racks, the trucks?",
            "Anthony Guevara",
            ("he asked", "he"),
            "asked",
        ),
        (
            "You can’t store a steelband in your living room.",
            "Anthony Guevara",
            ("he asked", "he"),
            "asked",
        ),
        ("We are not squatters,", "Anthony Guevara", ("he said,", "he"), "said"),
        (
            "we paid rent every month for 22 years, and we have the receipts to prove it.",
            "Anthony Guevara",
            ("he said,", "he"),
            "said",
        ),
        (
            "The company gave the band plenty of notice. This is a commercial decision,",
            "source",
            "the source",
            "said",
        ),
        ("a blow to the culture", "Keston Alleyne", "Keston Alleyne", "described"),
        (
            "Every time a panyard closes, a community loses a place where young people can go in the night and be safe,",
            "Keston Alleyne",
            "Alleyne",
            "said",
        ),
        (
            "I came here when I was eight. My mother used to say, ‘At least when you’re in the panyard, I know where you are,’ and she was right. A lot of my friends from the block are not here today,",
            "Jelani Frederick",
            "Frederick",
            "said",
        ),
        ("looking at options", "Sharon Mitchell-Boodoo", "Sharon Mitchell-Boodoo", "said"),
        (
            "The State cannot buy every piece of land where a band practises. What we can do is help the band find a suitable site, and we will,",
            "Sharon Mitchell-Boodoo",
            "the minister",
            "told",
        ),
    ],
    ["Skinny", "Pan in Meh Blood", "lime"],
)


if __name__ == "__main__":
    SET.write(Path(__file__).with_name("blind26_en.jsonl"), WORDS_RANGE)
