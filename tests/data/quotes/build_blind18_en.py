# ruff: noqa: E501, RUF001
# Prose articles with typographic quotation marks: the long lines and the marks are the data.
"""Builds blind18_en.jsonl: an eighteenth blind English quotation set (written for depeche, CC0).

Written from scratch by a helper who never read the quotes code, so that its score is an honest,
blind estimate of how ``depeche.quotes`` does on English news text nobody tuned it on. Every
story, person, place and organisation is invented. Beats and outlets imitated: a postal operator
ending Saturday letter delivery (Reuters wire, straight marks, unnamed people familiar with the
plans, a ministry statement), a school bus firm collapsing before term (The Independent, headline
quote, an interrupted quote, nested single quotes, a headteacher's letter), a mouse plague at
seeding time (ABC News Australia, present-tense "says", a radio interview Q&A with uncued turns),
a city water cut for pipeline repairs (Times of India, "alleged", "informed", a civic circular,
an anonymous official, a campaign slogan), a small-town arena closed over its roof (CBC News, a
quote in the dek and one in a crosshead, an engineering report, a town's Facebook statement), a
noise complaint about church bells (The Telegraph, a vicar's letter, a slogan on a banner, a
nested quote of a dead husband), a fast-food chain dropping a burger (USA Today, company
statement, an X post, a petition title and product names) and a neighbour rescuing a family from
a house fire (local US TV station site, a multi-paragraph testimony, straight single quotes in
the headline). Gold conventions are those of build_dev.py.

Do not tune the extractor on this file: it measures, it does not teach. Run
``python tests/data/quotes/build_blind18_en.py`` after editing.
Bodies are named by their full name, also when the text gives a short one in brackets.
"""

from __future__ import annotations

from pathlib import Path

from build_dev import ArticleSet

SET = ArticleSet()
article = SET.article
WORDS_RANGE = (300, 650)


article(
    "blind18-en01",
    "en",
    """Belgian postal operator to end Saturday letter delivery, cut 900 jobs

By Anneke de Wilde

October 8, 2024 10:47 AM GMT+2 Updated 2 hours ago

BRUSSELS, Oct 8 (Reuters) - Belgium's state-controlled postal operator Velora Post said on Tuesday it would stop delivering letters on Saturdays from next April and cut about 900 jobs over three years, blaming a collapse in mail volumes that has halved its letter business since 2015.
"We are delivering half the letters we delivered ten years ago with a network built for twice as many," Chief Executive Marc Dufrenne told reporters at the company's headquarters in Brussels. "Nobody would design it this way today."
The company said in a statement that the cuts would be made "mainly through natural departures and early retirement" and that parcels would still be delivered six days a week.
Dufrenne said the changes would save around 70 million euros ($76.8 million) a year by 2027. Asked whether further cuts could follow, he said: "I will not make promises I cannot keep. But this plan is the one we intend to carry out."
The Postal and Logistics Workers' Union (PLWU), which represents about 60% of Velora's 21,000 staff, said it would call a 24-hour strike later this month. Its president, Sandrine Lemmens, called the plan "a slow dismantling of a public service."
"Older people in the villages depend on the postman. For some of them, he is the only person they see all week," she said.
Two people familiar with the plans said the board had also discussed closing up to 120 of the company's 650 post offices but had postponed a decision until after regional elections next year.
"It was too sensitive politically, so it was parked," one of the people said.
Velora's public service contract with the government runs until 2026 and obliges it to deliver letters at least five days a week. Public Enterprises Minister Ilse Verhoeven said the Saturday change was compatible with the contract.
"The law sets a floor, not a ceiling," Verhoeven told Reuters in a telephone interview. "What I will not accept is a post office that disappears from the heart of our towns," the minister added.
The Ministry of Public Enterprises later said in an emailed statement that it would ask the postal regulator to review the impact on rural areas "before any closure of a counter is decided."
Shares in Velora, 51% owned by the state, rose 4.2% by 0930 GMT, their biggest one-day gain since May.
"The market has waited a long time for management to take on the letter network," said Joris Claes, an analyst at Hemelaar Securities in Antwerp, who rates the stock 'buy'. "This is the first plan that actually does it, even if the unions will make it expensive."
Postal companies across Europe have cut delivery days, closed counters or raised stamp prices sharply in recent years as consumers switch to email and messaging apps, while parcel volumes driven by online shopping have only partly made up the difference.
(Reporting by Anneke de Wilde; Additional reporting by Tom Reyntjens; Editing by Alison Marsh)

Our Standards: The Thomson Reuters Trust Principles.""",
    [
        (
            "We are delivering half the letters we delivered ten years ago with a network built for twice as many,",
            "Marc Dufrenne",
            "Marc Dufrenne",
            "told",
        ),
        ("Nobody would design it this way today.", "Marc Dufrenne", "Marc Dufrenne", "told"),
        (
            "mainly through natural departures and early retirement",
            "Velora Post",
            "The company",
            "said",
        ),
        (
            "I will not make promises I cannot keep. But this plan is the one we intend to carry out.",
            "Marc Dufrenne",
            ("he said:", "he"),
            "said",
        ),
        (
            "a slow dismantling of a public service.",
            "Sandrine Lemmens",
            "Sandrine Lemmens",
            "called",
        ),
        (
            "Older people in the villages depend on the postman. For some of them, he is the only person they see all week,",
            "Sandrine Lemmens",
            ("she said", "she"),
            "said",
        ),
        (
            "It was too sensitive politically, so it was parked,",
            "person",
            "one of the people",
            "said",
        ),
        (
            "The law sets a floor, not a ceiling,",
            "Ilse Verhoeven",
            ("Verhoeven told", "Verhoeven"),
            "told",
        ),
        (
            "What I will not accept is a post office that disappears from the heart of our towns,",
            "Ilse Verhoeven",
            "the minister",
            "added",
        ),
        (
            "before any closure of a counter is decided.",
            "Ministry of Public Enterprises",
            "The Ministry of Public Enterprises",
            "said",
        ),
        (
            "The market has waited a long time for management to take on the letter network,",
            "Joris Claes",
            "Joris Claes",
            "said",
        ),
        (
            "This is the first plan that actually does it, even if the unions will make it expensive.",
            "Joris Claes",
            "Joris Claes",
            "said",
        ),
    ],
    ["buy"],
)

article(
    "blind18-en02",
    "en",
    """‘We’ve been abandoned’: Parents’ fury as school bus firm collapses days before new term

More than 1,400 pupils have no way of getting to school after Marcher Coaches went into administration

Holly Brennan Social Affairs Correspondent
Tuesday 02 September 2025 16:12 BST
Comments

Sign up to our free Morning Headlines email for the latest news
Sign up to our free morning email

Hundreds of families in the Welsh Marches have been left scrambling to get their children to school after the company that ran most of the area’s school buses collapsed into administration two days before the start of term.
Marcher Coaches, which held 38 home-to-school contracts with Border Vale District Council, stopped trading on Monday evening, leaving more than 1,400 pupils without transport.
Joanne Pryce, a mother of two from the village of Llanfair Ridge, said she learned of the collapse from a community Facebook group at 10pm.
“We’ve been abandoned. Nobody from the council has rung us, nobody has emailed,” she told The Independent. “I work shifts at the hospital. If I drive them in, I lose a day’s pay. If I don’t, they lose a day of school.”
“What am I supposed to do?” she added.
The administrators, Greaves Holloway LLP, said in a statement that the company had been “unable to absorb sustained increases in fuel, insurance and wage costs” and that all 96 staff had been made redundant.
One of the drivers, who asked not to be named, told The Independent that staff had received “no warning whatsoever”.
“The manager stood in the yard on Friday and said, ‘See you all on Tuesday, lads.’ Three days later we’re all out of a job,” he said.
Read More
Rural bus routes cut by a third in a decade, figures show
Councillor Adrian Vaughan, the council’s cabinet member for children’s services, said the authority was “working around the clock” to find replacement operators.
“We have secured cover for 19 of the 38 routes from Wednesday,” he said, “and we expect to have the rest in place by the end of next week.”
He said schools had agreed that no pupil would be marked as having an unauthorised absence while the disruption lasted, and urged parents who could share lifts to do so.
Dr Meera Shah, headteacher of Clunford High School, where 430 pupils rely on the buses, wrote to parents on Tuesday morning. In the letter, seen by The Independent, she said the school would open “as planned” but warned that lessons for some year groups would be “significantly disrupted”.
“Please do not put yourselves or your children at risk by walking along the bypass, which has no pavement,” Dr Shah wrote.
The local MP, Liberal Democrat Tom Ashworth, said families had been “let down by a system that treats rural children as an afterthought”.
“This did not come out of nowhere. Operators have been warning for two years that the contracts no longer cover their costs,” Mr Ashworth said, adding that he would raise the case in the Commons next week.
Greaves Holloway said it was in talks with two regional operators about taking over some of the vehicles and depots.
More about
school transport Border Vale administration

Join our commenting forum""",
    [
        ("We’ve been abandoned", "Joanne Pryce", None, None),
        (
            "We’ve been abandoned. Nobody from the council has rung us, nobody has emailed,",
            "Joanne Pryce",
            ("she told", "she"),
            "told",
        ),
        (
            "I work shifts at the hospital. If I drive them in, I lose a day’s pay. If I don’t, they lose a day of school.",
            "Joanne Pryce",
            ("she told", "she"),
            "told",
        ),
        ("What am I supposed to do?", "Joanne Pryce", ("she added", "she"), "added"),
        (
            "unable to absorb sustained increases in fuel, insurance and wage costs",
            "Greaves Holloway LLP",
            "Greaves Holloway LLP",
            "said",
        ),
        ("no warning whatsoever", "driver", "One of the drivers", "told"),
        (
            "The manager stood in the yard on Friday and said, ‘See you all on Tuesday, lads.’ Three days later we’re all out of a job,",
            "driver",
            ("he said", "he"),
            "said",
        ),
        ("working around the clock", "Adrian Vaughan", "Adrian Vaughan", "said"),
        (
            "We have secured cover for 19 of the 38 routes from Wednesday,",
            "Adrian Vaughan",
            ("he said, “and", "he"),
            "said",
        ),
        (
            "and we expect to have the rest in place by the end of next week.",
            "Adrian Vaughan",
            ("he said, “and", "he"),
            "said",
        ),
        ("as planned", "Meera Shah", ("she said the school", "she"), "said"),
        ("significantly disrupted", "Meera Shah", ("she said the school", "she"), "warned"),
        (
            "Please do not put yourselves or your children at risk by walking along the bypass, which has no pavement,",
            "Meera Shah",
            "Dr Shah",
            "wrote",
        ),
        (
            "let down by a system that treats rural children as an afterthought",
            "Tom Ashworth",
            "Tom Ashworth",
            "said",
        ),
        (
            "This did not come out of nowhere. Operators have been warning for two years that the contracts no longer cover their costs,",
            "Tom Ashworth",
            "Mr Ashworth",
            "said",
        ),
    ],
)

article(
    "blind18-en03",
    "en",
    """Mouse plague hits wheatbelt farmers at seeding as baits run short

ABC Great Southern
By Jessica Tran
Posted Mon 14 Apr 2025 at 5:12am, updated Mon 14 Apr 2025 at 9:40am

Photo: Mice gather around spilt grain in a machinery shed near Kellerup. (ABC Great Southern: Jessica Tran)

Key points:
Farmers in the Kellerup district say mouse numbers are the worst in a decade
Supplies of bait have run out at several rural stores
Researchers say a wet summer left plenty of food for breeding

Farmers in Western Australia's southern wheatbelt say a mouse plague is eating newly sown crops and chewing through machinery wiring, just as supplies of poison bait run dry.
Kellerup grain grower Neil Hendry says he has been trapping hundreds of mice a night in his sheds since late March.
"You walk in at dawn and the floor moves," Mr Hendry says. "I've been farming here 31 years and I've never seen it like this."
Speaking to ABC Great Southern's breakfast program, Mr Hendry described the scene on his property to presenter Kate Morrow.
"How many came out of the traps this morning?" Morrow asked.
"Four hundred and something. I stopped counting at four hundred," he replied.
"And the grain?"
"Two silos are gone. They chewed straight through the rubber seals."
Mr Hendry says he has already spent more than $12,000 on bait and repairs, and will have to resow about 300 hectares of canola.
Bait supplies running low
The Wheatbelt Growers Association says several rural merchandise stores in the region have run out of bait, and farmers have been told new stock may not arrive for three weeks.
Association president Carmel Doyle says the shortage is "the last thing anyone needed" in a season that was already tight.
"People are driving 400 kilometres to Perth to pick up a few drums, and coming home with nothing because it's sold out there too," Ms Doyle says.
"We're asking the manufacturers to prioritise the worst-hit areas."
A spokesperson for bait supplier Agrotec Australia said in a statement the company had "tripled production" since February and expected shipments to reach regional stores "within a fortnight".
Wet summer to blame
Grains Research Alliance ecologist Tamsin Oakes says the numbers are not surprising after an unusually wet summer left plenty of spilt grain and green feed across paddocks.
"A single pair of mice can produce 500 offspring in a season when conditions are this good," Dr Oakes says.
She says the population could crash once the weather cools, but warns farmers against "waiting and hoping".
"What I tell growers is: bait at sowing, not after. Once the seed is eaten, it's too late."
Back at Kellerup, Mr Hendry's neighbour, Rosa Mancini, has taken to sleeping with the bedroom door shut.
"They're in the walls, they're in the ute, they're in the kids' schoolbags," she says, laughing. "You've got to laugh, or you'd cry."
Posted 14 Apr 2025, updated 14 Apr 2025
Share""",
    [
        ("You walk in at dawn and the floor moves,", "Neil Hendry", "Mr Hendry", "says"),
        (
            "I've been farming here 31 years and I've never seen it like this.",
            "Neil Hendry",
            "Mr Hendry",
            "says",
        ),
        (
            "How many came out of the traps this morning?",
            "Kate Morrow",
            ("Morrow asked", "Morrow"),
            "asked",
        ),
        (
            "Four hundred and something. I stopped counting at four hundred,",
            "Neil Hendry",
            ("he replied", "he"),
            "replied",
        ),
        ("And the grain?", "Kate Morrow", None, None),
        (
            "Two silos are gone. They chewed straight through the rubber seals.",
            "Neil Hendry",
            None,
            None,
        ),
        ("the last thing anyone needed", "Carmel Doyle", "Carmel Doyle", "says"),
        (
            "People are driving 400 kilometres to Perth to pick up a few drums, and coming home with nothing because it's sold out there too,",
            "Carmel Doyle",
            "Ms Doyle",
            "says",
        ),
        (
            "We're asking the manufacturers to prioritise the worst-hit areas.",
            "Carmel Doyle",
            None,
            None,
        ),
        (
            "tripled production",
            "Agrotec Australia",
            "A spokesperson for bait supplier Agrotec Australia",
            "said",
        ),
        (
            "within a fortnight",
            "Agrotec Australia",
            "A spokesperson for bait supplier Agrotec Australia",
            "said",
        ),
        (
            "A single pair of mice can produce 500 offspring in a season when conditions are this good,",
            "Tamsin Oakes",
            "Dr Oakes",
            "says",
        ),
        ("waiting and hoping", "Tamsin Oakes", ("She says the population", "She"), "warns"),
        (
            "What I tell growers is: bait at sowing, not after. Once the seed is eaten, it's too late.",
            "Tamsin Oakes",
            None,
            None,
        ),
        (
            "They're in the walls, they're in the ute, they're in the kids' schoolbags,",
            "Rosa Mancini",
            ("she says", "she"),
            "says",
        ),
        ("You've got to laugh, or you'd cry.", "Rosa Mancini", ("she says", "she"), "says"),
    ],
)

article(
    "blind18-en04",
    "en",
    """Water cut in 40 localities for 48 hours as DMC takes up pipeline repair

Shailesh Joshi / TNN / Updated: Jul 9, 2025, 08:14 IST

Share
AA
Follow us

DEVGADH: Residents of at least 40 localities in the eastern parts of the city will face a 48-hour water cut from Thursday morning as the Devgadh Municipal Corporation (DMC) takes up emergency repairs on a leaking 1,200mm main pipeline near Kharsi village.
"The leak has been getting worse for three weeks and nearly 18 million litres are being wasted every day. We cannot postpone the work any further," DMC executive engineer (water works) Pradeep Kulkarni told TOI on Tuesday.
Kulkarni said the supply would be restored in a phased manner from Saturday morning. "The tail-end areas may get low-pressure supply for a day or two after that," he added.
A circular issued by the civic body on Tuesday evening asked residents to "store sufficient water for two days" and to "use it judiciously". It said 65 tankers would be deployed in the affected wards and that complaints could be registered on the DMC's 24x7 helpline.
Citizens, however, were sceptical. "Every time there is a repair, our area is the last to get water back," alleged Sunita Deshmukh, a resident of Shivaji Colony. "Last year, the supply was restored only after five days and the tankers never came to our lane."
Former corporator Rajesh Pawar claimed that the DMC had "ignored repeated complaints" about the leak. "I had written to the commissioner in May itself, with photographs. Nobody even came for inspection," said Pawar.
A senior DMC official, requesting anonymity, said the pipeline was laid in 1987 and was "well past its life". "Replacing the entire 14km stretch will cost around Rs 90 crore. The proposal has been pending with the state government for two years," the official said.
ALSO READ
Devgadh: Civic body to install smart water meters in 12,000 homes
Monsoon: DMC issues advisory on waterborne diseases
Municipal commissioner Anjali Rao, who inspected the site on Tuesday, said the work would be completed within the deadline. "I have instructed the officials to work in three shifts. Hospitals, schools and old-age homes will get priority for tankers," Rao informed.
She also appealed to citizens to avoid washing vehicles and courtyards during the shutdown, as part of the DMC's "Har Boond Keemti" campaign.
Ramesh Gaikwad, who runs a small eatery near the bus stand, said he had already booked a private tanker for Rs 1,800. "What to do? Business cannot stop. The customers won't understand that there is no water," he said.
The affected areas include Shivaji Colony, Ganesh Nagar, Kharsi, Ambedkar Chowk, Laxmi Nagar, Hanuman Wadi and the Devgadh industrial estate, among others.
Download The Times of India News App for Latest City News""",
    [
        (
            "The leak has been getting worse for three weeks and nearly 18 million litres are being wasted every day. We cannot postpone the work any further,",
            "Pradeep Kulkarni",
            "Pradeep Kulkarni",
            "told",
        ),
        (
            "The tail-end areas may get low-pressure supply for a day or two after that,",
            "Pradeep Kulkarni",
            ("he added", "he"),
            "added",
        ),
        (
            "store sufficient water for two days",
            "Devgadh Municipal Corporation",
            "the civic body",
            "asked",
        ),
        ("use it judiciously", "Devgadh Municipal Corporation", "the civic body", "asked"),
        (
            "Every time there is a repair, our area is the last to get water back,",
            "Sunita Deshmukh",
            "Sunita Deshmukh",
            "alleged",
        ),
        (
            "Last year, the supply was restored only after five days and the tankers never came to our lane.",
            "Sunita Deshmukh",
            "Sunita Deshmukh",
            "alleged",
        ),
        ("ignored repeated complaints", "Rajesh Pawar", "Rajesh Pawar", "claimed"),
        (
            "I had written to the commissioner in May itself, with photographs. Nobody even came for inspection,",
            "Rajesh Pawar",
            ("said Pawar", "Pawar"),
            "said",
        ),
        ("well past its life", "official", "A senior DMC official", "said"),
        (
            "Replacing the entire 14km stretch will cost around Rs 90 crore. The proposal has been pending with the state government for two years,",
            "official",
            "the official",
            "said",
        ),
        (
            "I have instructed the officials to work in three shifts. Hospitals, schools and old-age homes will get priority for tankers,",
            "Anjali Rao",
            ("Rao informed", "Rao"),
            "informed",
        ),
        (
            "What to do? Business cannot stop. The customers won't understand that there is no water,",
            "Ramesh Gaikwad",
            ("he said", "he"),
            "said",
        ),
    ],
    ["Har Boond Keemti"],
)

article(
    "blind18-en05",
    "en",
    """Minor hockey scrambles for ice after engineers close Fenwick Lake arena

Town says report found ‘significant deterioration’ in 1970s wooden roof trusses

Aaron Sinclair · CBC News · Posted: Nov 03, 2025 4:00 AM EST | Last Updated: November 3

Social Sharing

The Fenwick Lake Community Arena has been closed indefinitely after an engineering report found problems with its roof. (Aaron Sinclair/CBC)

More than 350 young hockey players in Fenwick Lake, Ont., are looking for somewhere to skate after the town’s only arena was closed over concerns its roof could fail under the weight of snow.
The Town of Fenwick Lake shut the 52-year-old Fenwick Lake Community Arena on Thursday, hours after receiving a structural report from Tallis Engineering. The report, titled “Roof Truss Condition Review,” found “significant deterioration” in several of the laminated wooden trusses and recommended that the building not be occupied “until remedial works are complete.”
Mayor Dianne Kowalczyk said council had no choice.
“When an engineer tells you not to put people under a roof,” she said in an interview with CBC News on Sunday, “you don’t put people under that roof. I’m not going to gamble with kids’ lives to save a season.”
Kowalczyk said it was too early to say how much repairs would cost or whether the town would consider replacing the arena outright. A special council meeting is scheduled for Nov. 12.
‘Every hour of ice is spoken for’
Greg Tousignant, president of the Fenwick Lake Minor Hockey Association, said the closure left 23 teams without a home rink only weeks into the season.
“We’ve called every arena within an hour’s drive,” Tousignant said. “The problem is, every hour of ice is spoken for. We’re getting 6 a.m. slots on a Tuesday, 40 minutes away.”
He said the association had also postponed its annual tournament, which usually brings about 40 teams and their families to the town in January.
Amanda Little, whose two sons play in the under-11 and under-13 divisions, said she drove 180 kilometres on Saturday for two practices.
“It’s not sustainable for families who work shifts or don’t have two cars,” Little said. “Some kids are just going to stop playing.”
In a statement posted to Facebook on Friday, the town said staff were “working with neighbouring municipalities to find ice time” and thanked residents “for their patience and understanding.”
The arena received a provincial grant of $1.1 million in 2019 for new boards and a refrigeration plant, but the roof was not part of that work.
Former town councillor Wes Harnett, who sat on council when the grant was approved, said the roof had been flagged as a concern “at least twice” in earlier inspections.
“We kicked the can down the road, and I include myself in that,” Harnett said. “Now the can’s at the end of the road.”
CBC News asked the town for copies of the earlier inspection reports. A spokesperson said they would be released “once council has reviewed them.”
Tallis Engineering declined to comment, citing client confidentiality.
With files from Jasmine Ouellet

CBC's Journalistic Standards and Practices|About CBC News""",
    [
        (
            "significant deterioration",
            "Tallis Engineering",
            ("report found", "report"),
            "found",
        ),
        (
            "significant deterioration",
            "Tallis Engineering",
            ("The report, titled", "The report"),
            "found",
        ),
        (
            "until remedial works are complete.",
            "Tallis Engineering",
            ("The report, titled", "The report"),
            "recommended",
        ),
        (
            "When an engineer tells you not to put people under a roof,",
            "Dianne Kowalczyk",
            ("she said in an interview", "she"),
            "said",
        ),
        (
            "you don’t put people under that roof. I’m not going to gamble with kids’ lives to save a season.",
            "Dianne Kowalczyk",
            ("she said in an interview", "she"),
            "said",
        ),
        ("Every hour of ice is spoken for", "Greg Tousignant", None, None),
        (
            "We’ve called every arena within an hour’s drive,",
            "Greg Tousignant",
            ("Tousignant said", "Tousignant"),
            "said",
        ),
        (
            "The problem is, every hour of ice is spoken for. We’re getting 6 a.m. slots on a Tuesday, 40 minutes away.",
            "Greg Tousignant",
            ("Tousignant said", "Tousignant"),
            "said",
        ),
        (
            "It’s not sustainable for families who work shifts or don’t have two cars,",
            "Amanda Little",
            ("Little said", "Little"),
            "said",
        ),
        (
            "Some kids are just going to stop playing.",
            "Amanda Little",
            ("Little said", "Little"),
            "said",
        ),
        (
            "working with neighbouring municipalities to find ice time",
            "Town of Fenwick Lake",
            ("the town said staff", "the town"),
            "said",
        ),
        (
            "for their patience and understanding.",
            "Town of Fenwick Lake",
            ("the town said staff", "the town"),
            "thanked",
        ),
        ("at least twice", "Wes Harnett", "Wes Harnett", "said"),
        (
            "We kicked the can down the road, and I include myself in that,",
            "Wes Harnett",
            ("Harnett said", "Harnett"),
            "said",
        ),
        (
            "Now the can’s at the end of the road.",
            "Wes Harnett",
            ("Harnett said", "Harnett"),
            "said",
        ),
        ("once council has reviewed them.", "Town of Fenwick Lake", "A spokesperson", "said"),
    ],
    ["Roof Truss Condition Review,"],
)

article(
    "blind18-en06",
    "en",
    """‘The bells were here first’: villagers rally to save church chimes after noise complaint

Council investigating complaint from couple who moved to Somerset village last year

By Harriet Lowe
5 June 2025 • 6:00am

Related Topics
Church of England, Noise, Villages

The bells of St Aldhelm’s have rung over Little Harbury since 1742
Credit: Jonathan Pell

Villagers in Somerset have rallied to defend the bells of their medieval parish church after a couple who moved into the village last year complained that the hourly chimes were keeping them awake.
Mendip Vale District Council has opened an investigation into whether the clock chime at St Aldhelm’s Church in Little Harbury amounts to a statutory nuisance, prompting a petition signed by more than 900 people – roughly three times the village’s population.
“The bells were here first, and so were most of us,” said Graham Fairlie, the churchwarden, who has wound the clock every Sunday for 26 years. “Nobody is forcing anyone to live next to a church.”
The complaint was made in March by the occupants of a converted barn about 50 yards from the tower. Daniel Roper, a solicitor acting for the couple, who have asked not to be named, said they had “no wish to silence anybody” and had asked only whether the chimes could be switched off between 11pm and 7am.
“They have two young children and a newborn,” he said. “They have been made to feel like criminals for making a polite request.”
Advertisement
The council said in a statement that it had a “legal duty to investigate any complaint of statutory nuisance”, and that officers would carry out noise monitoring “in the coming weeks”. It stressed that no decision had been taken.
The Rev Caroline Aske, the vicar, said she had written to the couple to offer a meeting. In the letter, shared with The Telegraph, she wrote that the parish was “keen to be good neighbours”, adding: “The clock has marked the hours for the living and the dead of this village for nearly three centuries, and I hope we can find a way for it to go on doing so.”
Campaigners have adopted the slogan “Keep Harbury Chiming”, which now hangs on a banner from the lychgate.
Margaret Tilley, 87, who was christened and married at St Aldhelm’s, said she had heard the chimes “every hour of my life, near enough”.
“When my husband was dying, he used to lie awake at night and count them,” she said. “He told me, ‘As long as I can hear the bells, I know I’m still at home.’ I don’t think people who’ve just arrived understand what that means.”
Mrs Tilley has signed the petition twice, she admits, “once for me and once for him”.
Similar disputes have arisen elsewhere. Two years ago, a parish in Norfolk agreed to silence its clock overnight after a single complaint, a decision it reversed within a month after a public outcry.
Mr Fairlie said the parish would “abide by whatever the law says” but was confident the chimes would survive.
“We’re not going anywhere,” he said, “and neither are the bells.”

Join the conversation
Show comments""",
    [
        ("The bells were here first", "Graham Fairlie", None, None),
        (
            "The bells were here first, and so were most of us,",
            "Graham Fairlie",
            "Graham Fairlie",
            "said",
        ),
        (
            "Nobody is forcing anyone to live next to a church.",
            "Graham Fairlie",
            "Graham Fairlie",
            "said",
        ),
        ("no wish to silence anybody", "Daniel Roper", "Daniel Roper", "said"),
        (
            "They have two young children and a newborn,",
            "Daniel Roper",
            ("he said. “They", "he"),
            "said",
        ),
        (
            "They have been made to feel like criminals for making a polite request.",
            "Daniel Roper",
            ("he said. “They", "he"),
            "said",
        ),
        (
            "legal duty to investigate any complaint of statutory nuisance",
            "Mendip Vale District Council",
            "The council",
            "said",
        ),
        ("in the coming weeks", "Mendip Vale District Council", "The council", "said"),
        ("keen to be good neighbours", "Caroline Aske", ("she wrote that", "she"), "wrote"),
        (
            "The clock has marked the hours for the living and the dead of this village for nearly three centuries, and I hope we can find a way for it to go on doing so.",
            "Caroline Aske",
            ("she wrote that", "she"),
            "adding",
        ),
        ("every hour of my life, near enough", "Margaret Tilley", "Margaret Tilley", "said"),
        (
            "When my husband was dying, he used to lie awake at night and count them,",
            "Margaret Tilley",
            ("she said. “He told", "she"),
            "said",
        ),
        (
            "He told me, ‘As long as I can hear the bells, I know I’m still at home.’ I don’t think people who’ve just arrived understand what that means.",
            "Margaret Tilley",
            ("she said. “He told", "she"),
            "said",
        ),
        ("once for me and once for him", "Margaret Tilley", ("she admits", "she"), "admits"),
        ("abide by whatever the law says", "Graham Fairlie", "Mr Fairlie", "said"),
        ("We’re not going anywhere,", "Graham Fairlie", ("he said, “and", "he"), "said"),
        ("and neither are the bells.", "Graham Fairlie", ("he said, “and", "he"), "said"),
    ],
    ["Keep Harbury Chiming"],
)

article(
    "blind18-en07",
    "en",
    """Buckaroo Burger is discontinuing the Smokehouse Stack. Fans are not taking it well.

Kelly Marsh
USA TODAY
Published 2:13 p.m. ET June 5, 2025 | Updated 4:41 p.m. ET June 5, 2025

Fans of Buckaroo Burger's Smokehouse Stack have about three weeks left to get their fix.
The Texas-based fast-food chain confirmed Thursday that the double-patty burger, topped with brisket, fried onions and a chipotle barbecue sauce, will be removed from menus at its roughly 1,900 U.S. locations on June 30.
"We know the Smokehouse Stack has a lot of loyal fans, and this was not an easy decision," Buckaroo Burger said in a statement to USA TODAY. "Making room on the menu allows us to bring guests new flavors and keep our kitchens running fast."
The company did not say how many Smokehouse Stacks it sells or what, if anything, will replace it.
Why is the Smokehouse Stack going away?
Chief marketing officer Dana Whitcombe hinted at the reasoning during an investor call last month, when she told analysts the chain was "simplifying a menu that had gotten too complicated for our crews."
"Every item we add is another step for a team member at 2 a.m.," Whitcombe said on the call, according to a transcript. "We're looking hard at anything that slows down the line."
Restaurant industry analyst Marcus Bell of Harlow & Finch said the brisket, which has to be sourced and held separately from the chain's other proteins, likely made the burger one of the more expensive items to keep.
"Brisket prices are up something like 20% over two years," Bell said. "When one ingredient is only used in one sandwich, that sandwich is always on the chopping block."
How are fans reacting?
Not well. An online petition titled "Save the Smokehouse Stack" had gathered more than 41,000 signatures by Thursday afternoon.
"I have eaten one of these every Friday since 2017. What am I supposed to do on Fridays now?" one user wrote on X.
Tiffany Ruiz, a nurse from Tulsa, Oklahoma, who started the petition, told USA TODAY she was "honestly heartbroken."
"It sounds silly, but it's the burger my dad and I got after every one of my softball games," Ruiz said. "He passed away last year. So yeah, it's a little more than a burger to me."
"Can we get a moment of silence for the Stack?" asked food creator Devon Price in a TikTok video viewed more than 2 million times, before taking what he called "one last bite."
Will it come back?
Buckaroo has brought back discontinued items before. Its "Cowpoke Melt" returned for a limited time in 2022 after a similar online campaign.
Asked whether the Smokehouse Stack could make a comeback, a Buckaroo spokesperson said: "Never say never."
Contributing: Jordan Hale

Kelly Marsh covers consumer news for USA TODAY.""",
    [
        (
            "We know the Smokehouse Stack has a lot of loyal fans, and this was not an easy decision,",
            "Buckaroo Burger",
            ("Buckaroo Burger said", "Buckaroo Burger"),
            "said",
        ),
        (
            "Making room on the menu allows us to bring guests new flavors and keep our kitchens running fast.",
            "Buckaroo Burger",
            ("Buckaroo Burger said", "Buckaroo Burger"),
            "said",
        ),
        (
            "simplifying a menu that had gotten too complicated for our crews.",
            "Dana Whitcombe",
            ("she told analysts", "she"),
            "told",
        ),
        (
            "Every item we add is another step for a team member at 2 a.m.,",
            "Dana Whitcombe",
            ("Whitcombe said", "Whitcombe"),
            "said",
        ),
        (
            "We're looking hard at anything that slows down the line.",
            "Dana Whitcombe",
            ("Whitcombe said", "Whitcombe"),
            "said",
        ),
        (
            "Brisket prices are up something like 20% over two years,",
            "Marcus Bell",
            ("Bell said", "Bell"),
            "said",
        ),
        (
            "When one ingredient is only used in one sandwich, that sandwich is always on the chopping block.",
            "Marcus Bell",
            ("Bell said", "Bell"),
            "said",
        ),
        (
            "I have eaten one of these every Friday since 2017. What am I supposed to do on Fridays now?",
            "user",
            "one user",
            "wrote",
        ),
        ("honestly heartbroken.", "Tiffany Ruiz", "Tiffany Ruiz", "told"),
        (
            "It sounds silly, but it's the burger my dad and I got after every one of my softball games,",
            "Tiffany Ruiz",
            ("Ruiz said", "Ruiz"),
            "said",
        ),
        (
            "He passed away last year. So yeah, it's a little more than a burger to me.",
            "Tiffany Ruiz",
            ("Ruiz said", "Ruiz"),
            "said",
        ),
        ("Can we get a moment of silence for the Stack?", "Devon Price", "Devon Price", "asked"),
        ("one last bite.", "Devon Price", ("what he called", "he"), "called"),
        ("Never say never.", "Buckaroo Burger", "a Buckaroo spokesperson", "said"),
    ],
    ["Save the Smokehouse Stack", "Cowpoke Melt"],
)

article(
    "blind18-en08",
    "en",
    """Neighbor pulls family from burning Cedar Bluff home: 'I just kicked the door'

By Brianna Oakes
Published: Feb. 11, 2025 at 6:28 PM MST|Updated: Feb. 11, 2025 at 10:02 PM MST

CEDAR BLUFF, Idaho (KQSJ) - A Cedar Bluff man is being called a hero after he helped a mother and her three children escape a house fire early Tuesday morning.
Watch the full report in the video player above.
The fire broke out just before 3 a.m. at a home on the 1400 block of Larkspur Drive, according to the Cedar Bluff Fire Department.
Crews arrived within six minutes to find the front of the house "fully involved," Battalion Chief Ron Medeiros said. By then, everyone was already outside.
"Without a doubt, the neighbor's actions saved lives this morning," Medeiros said. "By the time our first engine got there, the living room ceiling had come down."
The neighbor, 34-year-old Jamal Ortiz, told KQSJ he was up feeding his newborn daughter when he saw an orange glow through the blinds.
"I looked out and the whole porch was on fire. I yelled at my wife to call 911 and I just ran.
"The front door was locked, so I went around back and I just kicked the door until it gave. It was all smoke inside, you couldn't see your hand. I could hear the kids crying somewhere, so I just followed the sound.
"I grabbed the two little ones, and the mom had the baby. We went out the back together. I don't even remember getting over the fence," Ortiz said.
Ortiz was treated at the scene for smoke inhalation and a cut on his foot. He said he doesn't think of himself as a hero.
"Anybody would've done it. I've got kids too," he said. "I just happened to be awake."
ADVERTISEMENT
The mother, Kayla Brandt, spoke to KQSJ by phone from a relative's home Tuesday afternoon.
"He's our angel, that's all I can say," Brandt said, her voice breaking. "We lost everything in that house, but I've still got my babies."
Investigators believe the fire started on the front porch, possibly from a space heater, but the cause remains under investigation. Medeiros urged residents to keep heaters "at least three feet from anything that can burn" and to test their smoke alarms once a month.
The Snake River Relief Network is helping the family with emergency lodging, food and clothing.
"We'll be with them for as long as they need us," said Tanya Whitfield, a spokesperson for the network.
An online fundraiser set up by family friends had raised more than $18,000 by Tuesday night.
Copyright 2025 KQSJ. All rights reserved.

Related Stories
Cedar Bluff fire crews battle barn blaze near Highway 30
Space heater safety: What you need to know this winter""",
    [
        ("I just kicked the door", "Jamal Ortiz", None, None),
        ("fully involved,", "Ron Medeiros", "Ron Medeiros", "said"),
        (
            "Without a doubt, the neighbor's actions saved lives this morning,",
            "Ron Medeiros",
            ('Medeiros said. "By', "Medeiros"),
            "said",
        ),
        (
            "By the time our first engine got there, the living room ceiling had come down.",
            "Ron Medeiros",
            ('Medeiros said. "By', "Medeiros"),
            "said",
        ),
        (
            "I looked out and the whole porch was on fire. I yelled at my wife to call 911 and I just ran.",
            "Jamal Ortiz",
            ("Ortiz said", "Ortiz"),
            "said",
        ),
        (
            "The front door was locked, so I went around back and I just kicked the door until it gave. It was all smoke inside, you couldn't see your hand. I could hear the kids crying somewhere, so I just followed the sound.",
            "Jamal Ortiz",
            ("Ortiz said", "Ortiz"),
            "said",
        ),
        (
            "I grabbed the two little ones, and the mom had the baby. We went out the back together. I don't even remember getting over the fence,",
            "Jamal Ortiz",
            ("Ortiz said", "Ortiz"),
            "said",
        ),
        (
            "Anybody would've done it. I've got kids too,",
            "Jamal Ortiz",
            ('he said. "I just', "he"),
            "said",
        ),
        ("I just happened to be awake.", "Jamal Ortiz", ('he said. "I just', "he"), "said"),
        (
            "He's our angel, that's all I can say,",
            "Kayla Brandt",
            ("Brandt said", "Brandt"),
            "said",
        ),
        (
            "We lost everything in that house, but I've still got my babies.",
            "Kayla Brandt",
            ("Brandt said", "Brandt"),
            "said",
        ),
        (
            "at least three feet from anything that can burn",
            "Ron Medeiros",
            ("Medeiros urged", "Medeiros"),
            "urged",
        ),
        (
            "We'll be with them for as long as they need us,",
            "Tanya Whitfield",
            "Tanya Whitfield",
            "said",
        ),
    ],
)


def main() -> None:
    SET.write(Path(__file__).with_name("blind18_en.jsonl"), WORDS_RANGE)


if __name__ == "__main__":
    main()
