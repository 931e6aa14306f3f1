# ruff: noqa: E501, RUF001
# Prose articles with typographic quotation marks: the long lines and the marks are the data.
"""Builds blind19_en.jsonl: a nineteenth blind English quotation set (written for depeche, CC0).

Written from scratch by a helper who never read the quotes code, so that its score is an honest,
blind estimate of how ``depeche.quotes`` does on English news text nobody tuned it on. Every
story, person, place and organisation is invented. Beats and outlets imitated: a workplace
parking levy voted by a Scottish council (The Scotsman: a headline quote in single marks, a
union named with its initials in brackets, a follow-on paragraph), a street-vendor permit
crackdown in a city park (Los Angeles Times: a vendor quoted in translation with inner single
quotes, a city office's emailed statement, a nonprofit's report), a dog found 230 miles from
home thanks to its microchip (a local paper syndicated on Yahoo News: straight quotes, "said of"),
lifts breaking down in an ageing housing block (The Straits Times: Madam/Mr/Ms with Chinese
surname-first names, a town council in brackets, a translated quote), a freedom-camping ban at a
lakeside reserve (RNZ: macrons, a Morning Report interview, an unnamed councillor), a shareholder
revolt over a housebuilder chief executive's pay (Financial Times: an unnamed top-20 shareholder,
a stock-exchange statement, an interrupted analyst quote), a dining-plan price rise at a
university (a US college newspaper: class years and majors as appositions, a student senate
resolution, a dining contractor's email) and a day-tripper fee in a Portuguese town (Euronews:
the mayor quoted in translation, a hoteliers' association, a multi-paragraph quote). Names of
schemes, campaigns, reports and signs in marks are listed as non-quotes.
Gold conventions are those of build_dev.py.

Do not tune the extractor on this file: it measures, it does not teach. Run
``python tests/data/quotes/build_blind19_en.py`` after editing.
Bodies are named by their full name, also when the text gives a short one in brackets.
"""

from __future__ import annotations

from pathlib import Path

from build_dev import ArticleSet

SET = ArticleSet()
article = SET.article
WORDS_RANGE = (300, 650)


article(
    "blind19-en01",
    "en",
    """Workplace parking levy approved despite warnings it will ‘drive jobs out’ of Kilbrannock

Employers will pay £450 a year for every staff parking space from next April

By Fiona MacLeod
Local Democracy Reporter

Published 14th May 2024, 16:32 BST

Councillors in Kilbrannock have voted to introduce one of Scotland’s first workplace parking levies, brushing aside warnings from the town’s chamber of commerce that the charge will “drive jobs out” of the centre.

The scheme, approved by 23 votes to 17 at a meeting of Strathallan Council on Tuesday, will see employers with more than ten spaces charged £450 a year per space from April 2025. Hospitals, hospices and blue badge bays will be exempt.

Council leader Morag Lindsay said the money, estimated at £3.1 million a year, would be ring-fenced for buses and active travel. “This is not a tax on workers, it is an investment in the people who can’t afford a car in the first place,” she told the chamber.

“We have one of the worst bus networks in the Central Belt. Every penny of this will go into fixing that.”

Traffic on Kilbrannock High Street at rush hour. Picture: Iain Crawford

Opposition councillors said the levy had been rushed through. Conservative group leader Alasdair Crombie called it “a stealth tax dressed up in green paint” and warned that firms would simply pass the cost on to their staff.

“Let’s be honest about what happens next,” Mr Crombie said. “The big employers will absorb it, the small ones will pass it on, and the nurse on a night shift – who has no bus at 3am – will pay for the privilege of going to work.”

He added that his group would seek to overturn the decision if it won control of the council in 2027.

The Strathallan Chamber of Commerce, which represents around 600 local firms, said it was “deeply disappointed”. In a statement, the chamber said: “Businesses are still recovering from the pandemic and the energy crisis. This levy will drive jobs out of the town centre and into retail parks over the council boundary, where parking remains free.”

Read more: Kilbrannock rail station to get £12m revamp after decades of neglect

Its chief executive, Graeme Hutton, said members had been “left in the dark” about how the money would be spent. “We asked for a breakdown three times,” he said. “We’re still waiting.”

The Scottish Allied Workers’ Union (SAWU), which represents staff at the town’s two largest call centres, urged the council to force employers to absorb the charge. “If this ends up on payslips, we will fight it,” a SAWU spokesperson said.

Transport campaigners welcomed the vote. Eilidh Baird, of the group Better Buses Strathallan, said the levy was “long overdue”, adding: “People keep saying ‘there’s no alternative to the car’. There isn’t, because nobody has ever paid for one.”

Ms Lindsay said the first new routes, under a scheme branded “Connect Kilbrannock”, could be running by the autumn of 2025.

Sign up to our Politics newsletter
Get the latest from Holyrood and the town halls every weekday. Sign up""",
    [
        ("drive jobs out", "Strathallan Chamber of Commerce", None, None),
        (
            "drive jobs out",
            "Strathallan Chamber of Commerce",
            "the town’s chamber of commerce",
            "warnings",
        ),
        (
            "This is not a tax on workers, it is an investment in the people who can’t afford a car in the first place,",
            "Morag Lindsay",
            ("she told", "she"),
            "told",
        ),
        (
            "We have one of the worst bus networks in the Central Belt. Every penny of this will go into fixing that.",
            "Morag Lindsay",
            None,
            None,
        ),
        (
            "a stealth tax dressed up in green paint",
            "Alasdair Crombie",
            "Alasdair Crombie",
            "called",
        ),
        ("Let’s be honest about what happens next,", "Alasdair Crombie", "Mr Crombie", "said"),
        (
            "The big employers will absorb it, the small ones will pass it on, and the nurse on a night shift – who has no bus at 3am – will pay for the privilege of going to work.",
            "Alasdair Crombie",
            "Mr Crombie",
            "said",
        ),
        (
            "deeply disappointed",
            "Strathallan Chamber of Commerce",
            "The Strathallan Chamber of Commerce",
            "said",
        ),
        (
            "Businesses are still recovering from the pandemic and the energy crisis. This levy will drive jobs out of the town centre and into retail parks over the council boundary, where parking remains free.",
            "Strathallan Chamber of Commerce",
            ("the chamber said", "the chamber"),
            ("the chamber said", "said"),
        ),
        ("left in the dark", "Graeme Hutton", "Graeme Hutton", "said"),
        (
            "We asked for a breakdown three times,",
            "Graeme Hutton",
            ("” he said", "he"),
            ("” he said", "said"),
        ),
        ("We’re still waiting.", "Graeme Hutton", ("” he said", "he"), ("” he said", "said")),
        (
            "If this ends up on payslips, we will fight it,",
            "Scottish Allied Workers’ Union",
            "a SAWU spokesperson",
            "said",
        ),
        ("long overdue", "Eilidh Baird", "Eilidh Baird", "said"),
        (
            "People keep saying ‘there’s no alternative to the car’. There isn’t, because nobody has ever paid for one.",
            "Eilidh Baird",
            "Eilidh Baird",
            "adding",
        ),
    ],
    ["Connect Kilbrannock"],
)

article(
    "blind19-en02",
    "en",
    """Vendors say a permit crackdown at an Eastside park is pushing them out. The city says it’s about safety

By Daniela Ortiz
Staff Writer
May 20, 2024 5 AM PT

Share via
Close extra sharing options

For 14 years, Rosa Villanueva has set up her cart of elotes and raspados by the eastern gate of Arroyo Verde Park in Lincoln Heights, every Saturday and Sunday, rain or shine.

Last weekend, two city inspectors told her to pack up. When she did not move fast enough, she said, they confiscated her umbrella, her cooler and about $300 worth of fruit and corn.

“They told me, ‘You don’t have the permit, you don’t have the permit,’ like I didn’t hear them the first time,” Villanueva said in Spanish, standing beside an empty patch of curb. “I have applied twice. Twice! Nobody calls me back.”

She is one of at least 40 vendors who have been cited or cleared from the park since April, when the city’s Office of Street Vending Compliance stepped up enforcement after complaints from neighbors about smoke, grease and blocked walkways.

Councilmember Héctor Salazar, whose district includes the park, defended the sweeps. “Nobody wants to criminalize abuelitas selling fruit,” Salazar said in an interview. “But we had a grease fire in March that came within 20 feet of the playground. I can’t ignore that.”

Advertisement

In an emailed statement, the compliance office said inspectors had issued 61 citations in the park since April and that confiscated goods “are handled in accordance with county health code.”

Advocates dispute that. “Handled means thrown in a dumpster,” said Marisol Fuentes, an organizer with the Eastside Vendors Collective. “We have photos.”

The collective has filed a claim against the city seeking $48,000 in lost merchandise and equipment on behalf of 23 vendors.

Getting a permit is not simple. Vendors need a city sidewalk permit, a county health permit and, for anyone who cooks, access to a commissary kitchen, which can cost several hundred dollars a month. A report released last year by the nonprofit Pacific Policy Lab, titled “Permits and Pushcarts,” found that fewer than one in five food vendors in the city held every permit required. The report called the process “a maze designed by people who have never had to walk through it.”

Salazar said he would introduce a motion on Tuesday to waive the city permit fee for a year and to pay for a mobile commissary that would visit Eastside parks on weekends.

“If we’re going to enforce, we have to make compliance possible,” he said.

Neighbors are divided. Glenn Ashby, who has lived across from the park for 31 years, said the smoke from grills drifts into his living room most weekends, but he has no quarrel with the vendors themselves. “I buy my mangoes from Rosa,” he said. “I just don’t want the park to burn down.”

Villanueva said she plans to return to the gate this weekend, permit or not.

“Where else am I going to go?” she said. “This corner is my whole life.”

Times staff writer Kevin Marsh contributed to this report.""",
    [
        (
            "They told me, ‘You don’t have the permit, you don’t have the permit,’ like I didn’t hear them the first time,",
            "Rosa Villanueva",
            "Villanueva",
            "said",
        ),
        (
            "I have applied twice. Twice! Nobody calls me back.",
            "Rosa Villanueva",
            "Villanueva",
            "said",
        ),
        (
            "Nobody wants to criminalize abuelitas selling fruit,",
            "Héctor Salazar",
            "Salazar",
            "said",
        ),
        (
            "But we had a grease fire in March that came within 20 feet of the playground. I can’t ignore that.",
            "Héctor Salazar",
            "Salazar",
            "said",
        ),
        (
            "are handled in accordance with county health code.",
            "Office of Street Vending Compliance",
            "the compliance office",
            "said",
        ),
        ("Handled means thrown in a dumpster,", "Marisol Fuentes", "Marisol Fuentes", "said"),
        ("We have photos.", "Marisol Fuentes", "Marisol Fuentes", "said"),
        (
            "a maze designed by people who have never had to walk through it.",
            "Pacific Policy Lab",
            "The report",
            "called",
        ),
        (
            "If we’re going to enforce, we have to make compliance possible,",
            "Héctor Salazar",
            ("he said", "he"),
            "said",
        ),
        ("I buy my mangoes from Rosa,", "Glenn Ashby", ("” he said", "he"), ("” he said", "said")),
        (
            "I just don’t want the park to burn down.",
            "Glenn Ashby",
            ("” he said", "he"),
            ("” he said", "said"),
        ),
        ("Where else am I going to go?", "Rosa Villanueva", ("she said", "she"), "said"),
        ("This corner is my whole life.", "Rosa Villanueva", ("she said", "she"), "said"),
    ],
    ["Permits and Pushcarts,"],
)

article(
    "blind19-en03",
    "en",
    """Family's dog missing for 11 months found 230 miles away thanks to microchip

Kyle Brennan, The Tri-County Ledger
Tue, June 4, 2024 at 7:15 AM EDT
3 min read

When the phone rang at the Pruitt house on a Thursday afternoon in May, Dana Pruitt almost didn't answer it.

"I figured it was another car warranty call," Pruitt said. "Then the lady said, 'Ma'am, do you own a dog named Biscuit?' and I just sat down on the kitchen floor."

Biscuit, a 6-year-old beagle mix, vanished from the family's fenced backyard in Calder Springs last July. The Pruitts put up flyers, posted in every lost-pet group they could find and drove the back roads for weeks.

Eleven months later, he turned up at the Pine Hollow Animal Shelter in northern Arkansas, about 230 miles from home, after a motorist found him wandering near a gas station.

Shelter director Loretta Voss said staff scanned him for a microchip as soon as he came in, as they do with every stray.

"He was skinny and his nails were long, but he was friendly as anything," Voss said. "Somebody had been feeding him. Dogs don't stay that sweet on their own."

Story continues

How Biscuit got to Arkansas remains a mystery. The Lamine County Sheriff's Office said in a Facebook post that it had found "no indication of theft," though a deputy noted that the Pruitts' gate had been found open the morning he disappeared.

Pruitt and her husband, Mark, made the drive to Arkansas the following Saturday with their 9-year-old son, Owen, who had not been told where they were going.

"He cried the whole way home," she said of Owen. "Happy crying. He wouldn't let go of that dog for a second."

The reunion was made possible only because the family had kept its contact details up to date, veterinarians say.

Dr. Samuel Achebe, a veterinarian in Calder Springs who implanted the chip in 2018, said that many of the strays he scans turn out to have chips registered to old addresses or disconnected phone numbers.

"A chip with no phone number on file is just a grain of rice under the skin," Achebe said.

"Please, please check that your information is current," he added. "It takes five minutes."

The shelter has since shared the story online under the hashtag "Bring Biscuit Home," which has been viewed more than 400,000 times.

Back in Calder Springs, Biscuit has settled in as if nothing happened.

"He went straight to his spot on the couch like he'd been gone an afternoon," Pruitt said. "The cat is less thrilled."

This article originally appeared on The Tri-County Ledger: Family's dog missing for 11 months found 230 miles away thanks to microchip""",
    [
        ("I figured it was another car warranty call,", "Dana Pruitt", "Pruitt", "said"),
        (
            "Then the lady said, 'Ma'am, do you own a dog named Biscuit?' and I just sat down on the kitchen floor.",
            "Dana Pruitt",
            "Pruitt",
            "said",
        ),
        (
            "He was skinny and his nails were long, but he was friendly as anything,",
            "Loretta Voss",
            "Voss",
            "said",
        ),
        (
            "Somebody had been feeding him. Dogs don't stay that sweet on their own.",
            "Loretta Voss",
            "Voss",
            "said",
        ),
        (
            "no indication of theft,",
            "Lamine County Sheriff's Office",
            "The Lamine County Sheriff's Office",
            "said",
        ),
        (
            "He cried the whole way home,",
            "Dana Pruitt",
            ("she said of Owen", "she"),
            ("she said of Owen", "said"),
        ),
        (
            "Happy crying. He wouldn't let go of that dog for a second.",
            "Dana Pruitt",
            ("she said of Owen", "she"),
            ("she said of Owen", "said"),
        ),
        (
            "A chip with no phone number on file is just a grain of rice under the skin,",
            "Samuel Achebe",
            "Achebe",
            "said",
        ),
        (
            "Please, please check that your information is current,",
            "Samuel Achebe",
            ("he added", "he"),
            "added",
        ),
        ("It takes five minutes.", "Samuel Achebe", ("he added", "he"), "added"),
        (
            "He went straight to his spot on the couch like he'd been gone an afternoon,",
            "Dana Pruitt",
            "Pruitt",
            "said",
        ),
        ("The cat is less thrilled.", "Dana Pruitt", "Pruitt", "said"),
    ],
    ["Bring Biscuit Home,"],
)

article(
    "blind19-en04",
    "en",
    """Bukit Serene residents fed up after block's lifts break down 11 times in two months

Town council blames delayed parts; MP promises standby technician and volunteer help

Ng Wei Ling
Senior Correspondent
UPDATED Jun 07, 2024, 05:00 AM

SINGAPORE - For the past two months, Madam Lim Ah Moi, 78, has planned her days around the two lifts in Block 412 Bukit Serene Avenue 3.

When they work, the retired hawker takes one down from her 14th-floor flat to buy breakfast at the coffee shop across the road. When they do not, she stays home.

"Last week I waited almost one hour, then I went back inside and ate bread," she said in Mandarin. "My knees cannot climb 14 floors. Even two floors also cannot."

The block's lifts have broken down 11 times since early April, according to a log kept by residents and seen by The Straits Times. On two occasions, both lifts were out of service at the same time.

In a statement on June 5, Bukit Serene Town Council (BSTC) said the repeated faults were caused by a worn traction component, and that replacement parts ordered from overseas had been "delayed by supply chain issues beyond our control".

"We sincerely apologise to residents for the inconvenience caused," the town council said, adding that the parts are expected to arrive by the end of June.

For some residents, the breakdowns are more than an inconvenience. Mr Rajesh Pillai, 45, a logistics executive, lives on the ninth floor with his wife and his father, who is bedridden and needs dialysis.

"When the lift is down, the ambulance crew has to carry him down on a stretcher. Three times a week," said Mr Pillai. "You tell me, how long can we go on like that?"

He said he had written to the town council twice since April. "Each time they reply 'we are looking into it'. Looking into it for two months already."

The lift contractor, Everlift Engineering, declined to comment and referred queries to the town council.

READ MORE: Older estates to get lift upgrades ahead of schedule, says ministry

The MP for the ward, Ms Cheryl Koh, visited the block on June 6 and announced interim measures, including a standby technician stationed at the block during morning and evening peak hours and a "lift buddy" roster of grassroots volunteers who will help elderly residents with their marketing.

"I understand the anger. If it were my mother on the 14th floor, I would be angry too," said Ms Koh, who is also chairman of the town council.

Asked if the contractor would be penalised, she said: "We are reviewing the contract. If there are lapses, there will be consequences."

Residents' committee chairman Goh Kian Seng, who has lived in the estate for 30 years, said the block's lifts were "older than some of the residents". Mr Goh said: "Fixing part by part is not enough. The whole system must be replaced, and the residents must be told when."

Madam Lim said she hopes the new parts arrive soon. "I don't want to trouble people. I just want to go downstairs by myself."

Join ST's WhatsApp Channel and get the latest news and must-reads.""",
    [
        (
            "Last week I waited almost one hour, then I went back inside and ate bread,",
            "Lim Ah Moi",
            ("she said in Mandarin", "she"),
            ("she said in Mandarin", "said"),
        ),
        (
            "My knees cannot climb 14 floors. Even two floors also cannot.",
            "Lim Ah Moi",
            ("she said in Mandarin", "she"),
            ("she said in Mandarin", "said"),
        ),
        (
            "delayed by supply chain issues beyond our control",
            "Bukit Serene Town Council",
            "Bukit Serene Town Council",
            "said",
        ),
        (
            "We sincerely apologise to residents for the inconvenience caused,",
            "Bukit Serene Town Council",
            ("the town council said", "the town council"),
            ("the town council said", "said"),
        ),
        (
            "When the lift is down, the ambulance crew has to carry him down on a stretcher. Three times a week,",
            "Rajesh Pillai",
            "Mr Pillai",
            "said",
        ),
        ("You tell me, how long can we go on like that?", "Rajesh Pillai", "Mr Pillai", "said"),
        (
            "Each time they reply 'we are looking into it'. Looking into it for two months already.",
            "Rajesh Pillai",
            ("He said he had", "He"),
            ("He said he had", "said"),
        ),
        (
            "I understand the anger. If it were my mother on the 14th floor, I would be angry too,",
            "Cheryl Koh",
            "Ms Koh",
            "said",
        ),
        (
            "We are reviewing the contract. If there are lapses, there will be consequences.",
            "Cheryl Koh",
            ("she said:", "she"),
            ("she said:", "said"),
        ),
        ("older than some of the residents", "Goh Kian Seng", "Goh Kian Seng", "said"),
        (
            "Fixing part by part is not enough. The whole system must be replaced, and the residents must be told when.",
            "Goh Kian Seng",
            "Mr Goh",
            "said",
        ),
        (
            "I don't want to trouble people. I just want to go downstairs by myself.",
            "Lim Ah Moi",
            "Madam Lim",
            ("Madam Lim said", "said"),
        ),
    ],
    ["lift buddy"],
)

article(
    "blind19-en05",
    "en",
    """Freedom camping ban for Lake Mōtaki: ‘We can’t be cleaning up after 40,000 campers’

12:41 pm on 22 May 2024

Share this
Share on Twitter
Share on Facebook
Share via email

Hana Pōtae, Local Democracy Reporter

Freedom campers will be banned from the Lake Mōtaki domain from October, after what one councillor called “the worst summer we’ve ever had” at the popular lakeside reserve.

Waitaruna District Council voted 8-3 on Wednesday to add the domain to its list of prohibited camping areas under its freedom camping bylaw.

A report by the council’s regulatory services manager, Sandra Kelly, described “human waste and rubbish” being left along the shoreline on a near-daily basis between December and March, and said complaints to the council had tripled on the previous summer.

Campervans parked at the Lake Mōtaki domain in January. Photo: RNZ / Supplied

Mayor Tania Whaanga told Morning Report the decision had not been made lightly. “We want visitors. Our economy relies on them. But we’re a district of 9000 people and we can’t be cleaning up after 40,000 campers on one beach.”

Asked whether the ban would simply push campers on to roadsides and into neighbouring districts, Whaanga said: “That’s a fair question, and honestly, we don’t know yet.

“We’ll have monitoring in place from day one, and if it just moves the problem down the road, we’ll look at it again.”

Councillor Pete Harnett, who voted against the ban, said the council was “punishing the many for the sins of a few”.

“Most of the people who stay there are Kiwi families in campervans with proper toilets,” he said. “They’re the ones who’ll lose out, not the people leaving a mess.”

Under national rules, only vehicles certified as “self-contained” can freedom camp on most council land, but Harnett said enforcement had been patchy. The council employs two part-time wardens to cover the whole district.

Te Rūnanga o Mōtaki chair Hemi Rāwiri said the iwi had raised concerns about the lake, which is wāhi tapu, for more than a decade.

“Our tūpuna are buried along that shoreline. People have been using it as a toilet,” Rāwiri said. “We are relieved, but we’re also asking why it took this long.”

The Aotearoa Campervan Owners’ Association said in a statement it was “disappointed” by the decision and urged the council to consider a paid permit system instead.

Local business owners were more relaxed. Gail Foster, who runs the general store in Mōtaki village, said most of her summer trade came from day visitors and people staying at the holiday park.

“Honestly, the freedom campers buy a bag of ice and a loaf of bread and that’s it,” she said.

The ban is expected to take effect on 1 October, ahead of the summer season. Campers caught breaching it face an instant $400 fine.

Get the RNZ app for ad-free news and current affairs""",
    [
        ("We can’t be cleaning up after 40,000 campers", "Tania Whaanga", None, None),
        ("the worst summer we’ve ever had", "councillor", "one councillor", "called"),
        ("human waste and rubbish", "Sandra Kelly", "Sandra Kelly", "described"),
        (
            "We want visitors. Our economy relies on them. But we’re a district of 9000 people and we can’t be cleaning up after 40,000 campers on one beach.",
            "Tania Whaanga",
            "Mayor Tania Whaanga",
            "told",
        ),
        (
            "That’s a fair question, and honestly, we don’t know yet.",
            "Tania Whaanga",
            ("Whaanga said:", "Whaanga"),
            ("Whaanga said:", "said"),
        ),
        (
            "We’ll have monitoring in place from day one, and if it just moves the problem down the road, we’ll look at it again.",
            "Tania Whaanga",
            ("Whaanga said:", "Whaanga"),
            ("Whaanga said:", "said"),
        ),
        (
            "punishing the many for the sins of a few",
            "Pete Harnett",
            "Councillor Pete Harnett",
            "said",
        ),
        (
            "Most of the people who stay there are Kiwi families in campervans with proper toilets,",
            "Pete Harnett",
            ("” he said", "he"),
            ("” he said", "said"),
        ),
        (
            "They’re the ones who’ll lose out, not the people leaving a mess.",
            "Pete Harnett",
            ("” he said", "he"),
            ("” he said", "said"),
        ),
        (
            "Our tūpuna are buried along that shoreline. People have been using it as a toilet,",
            "Hemi Rāwiri",
            ("” Rāwiri said", "Rāwiri"),
            ("” Rāwiri said", "said"),
        ),
        (
            "We are relieved, but we’re also asking why it took this long.",
            "Hemi Rāwiri",
            ("” Rāwiri said", "Rāwiri"),
            ("” Rāwiri said", "said"),
        ),
        (
            "disappointed",
            "Aotearoa Campervan Owners’ Association",
            "The Aotearoa Campervan Owners’ Association",
            "said",
        ),
        (
            "Honestly, the freedom campers buy a bag of ice and a loaf of bread and that’s it,",
            "Gail Foster",
            ("she said", "she"),
            "said",
        ),
    ],
    ["self-contained"],
)

article(
    "blind19-en06",
    "en",
    """Larchfield Homes hit by shareholder revolt over chief executive’s £6.8mn pay

Almost 42% of votes cast oppose remuneration report at housebuilder’s annual meeting

Rachel Addo in London
Published May 16 2024

Unlock the Editor’s Digest for free
The editor’s pick of the day’s stories, in your inbox

Shareholders in Larchfield Homes have delivered one of the largest protest votes of the year against executive pay at a UK-listed company, with almost 42 per cent opposing the housebuilder’s remuneration report at its annual meeting on Thursday.

The vote followed a 38 per cent rise in chief executive Simon Aldous’s total pay to £6.8mn, in a year when completions fell 14 per cent and the group cut its final dividend by a third.

“The board has to explain how a year like that produces a package like this,” said one top-20 shareholder, who voted against. “It can’t.”

Larchfield chair Catherine Whitlow said after the meeting that the board had “noted” the result and would consult investors over the summer. Under the UK corporate governance code, companies where more than 20 per cent of votes are cast against a resolution must consult shareholders and publish an update within six months.

In a statement to the stock exchange, the company said: “The board recognises that a significant minority of shareholders did not support the resolution. We will engage with them to understand their concerns and report back in due course.”

Vantage Proxy Advisers had recommended that clients vote against the report, describing the bonus outturn as “difficult to reconcile with shareholder experience”. A rival adviser backed the report with reservations.

Aldous, who has run the group since 2019, has defended his package. In an interview with the Financial Times last month, he said the pay reflected “the hardest operating environment for housebuilders in 15 years”, adding: “If you want people who can steer through that, you pay for them.”

People familiar with the board’s deliberations said two non-executive directors had pushed in February for the bonus to be scaled back but were overruled by the remuneration committee. One said: “There was a view that we’d get away with it because everyone else in the sector was paying the same.”

Larchfield declined to comment on the board’s discussions.

Shares in the group closed up 1.2 per cent at 412p on Thursday, suggesting that investors’ anger had not turned into selling.

“Investors are angry,” said Tom Raikes, an analyst at Brigstock Securities, “but they’re not selling. That tells the board it can ride this out — as long as next year’s numbers come good.”

The revolt at Larchfield is the third significant pay rebellion at a FTSE 250 company this AGM season. The Institutional Shareholders’ Forum, which represents fund managers, has placed the group on its public register of companies facing significant dissent.

Recommended
Housebuilders’ margins squeezed as build costs climb again

Additional reporting by Owen Pell

Copyright The Financial Times Limited 2024. All rights reserved.""",
    [
        (
            "The board has to explain how a year like that produces a package like this,",
            "shareholder",
            "one top-20 shareholder",
            "said",
        ),
        ("It can’t.", "shareholder", "one top-20 shareholder", "said"),
        ("noted", "Catherine Whitlow", "Catherine Whitlow", "said"),
        (
            "The board recognises that a significant minority of shareholders did not support the resolution. We will engage with them to understand their concerns and report back in due course.",
            "Larchfield Homes",
            ("the company said", "the company"),
            ("the company said", "said"),
        ),
        (
            "difficult to reconcile with shareholder experience",
            "Vantage Proxy Advisers",
            "Vantage Proxy Advisers",
            "describing",
        ),
        (
            "the hardest operating environment for housebuilders in 15 years",
            "Simon Aldous",
            ("he said the pay", "he"),
            ("he said the pay", "said"),
        ),
        (
            "If you want people who can steer through that, you pay for them.",
            "Simon Aldous",
            ("he said the pay", "he"),
            "adding",
        ),
        (
            "There was a view that we’d get away with it because everyone else in the sector was paying the same.",
            "person",
            ("One said", "One"),
            ("One said", "said"),
        ),
        ("Investors are angry,", "Tom Raikes", "Tom Raikes", "said"),
        (
            "but they’re not selling. That tells the board it can ride this out — as long as next year’s numbers come good.",
            "Tom Raikes",
            "Tom Raikes",
            "said",
        ),
    ],
)

article(
    "blind19-en07",
    "en",
    """Students push back as new dining plan cuts weekly swipes, adds $240 to price

By Maya Okonkwo, Campus News Editor
September 12, 2024

Students wait in line outside Fenwick Dining Commons on Monday afternoon. (Jordan Lee | Staff Photographer)

Students living on campus will pay $240 more per semester for a meal plan that gives them five fewer swipes a week, under changes Hartwell University Dining announced in an email to students the week before classes began.

The standard "Flex 19" plan has been replaced by a "Flex 14" plan that costs $2,890 a semester, up from $2,650. Unused swipes no longer roll over to the following week.

"I'm paying more to eat less. That's literally the deal," said Priya Raman, a junior majoring in computer science who lives in Calloway Hall. "Some days I skip dinner because I already used my swipe on a coffee and a bagel."

More than 200 students gathered outside Fenwick Dining Commons on Monday, some holding signs reading "Swipes, Not Scraps" and "Feed Us, Hartwell."

In an email to The Herald, a spokesperson for Crestline Dining Services, the company that runs campus dining under a contract with the university, said the change reflected "significant increases in food and labor costs over the past two years." The spokesperson said the company had "no role" in setting the price students pay.

Associate Vice Chancellor for Student Affairs Denise Whitcombe said the university had compared its plans with those of 12 peer institutions before making the change.

"Our standard plan is still below the median of our peers," Whitcombe said. "We know that's cold comfort to a student who's hungry at 9 p.m., and we're listening."

The vice chancellor said the university would add late-night hours at one dining hall starting in October and was considering a "swipe-share" program that would let students donate unused swipes to classmates.

On Wednesday, the Associated Students of Hartwell University (ASHU) senate passed a resolution, 31-2, calling on the administration to restore the previous plan at the old price. The resolution describes the new plan as "a tuition increase by another name" and asks the university to publish its contract with Crestline.

"We're not asking for free food," ASHU President Marcus Bell told The Herald. "We're asking for the plan we already paid for last year, and for some honesty about where the money goes."

Not every student is opposed. Ethan Kowalski, a senior studying accounting who lives off campus, said he thought the outcry was "a little overblown," adding that grocery prices had risen for everyone.

"Welcome to the real world," he said, laughing. "But yeah, no rollover is rough."

Raman said she and other students plan to speak during public comment at next month's Board of Trustees meeting.

"They'll probably say no," she said. "But they're going to have to say it to our faces."

This story was updated at 4:15 p.m. to include comment from ASHU President Marcus Bell.

Have a news tip? Email news@hartwellherald.com""",
    [
        (
            "I'm paying more to eat less. That's literally the deal,",
            "Priya Raman",
            "Priya Raman",
            "said",
        ),
        (
            "Some days I skip dinner because I already used my swipe on a coffee and a bagel.",
            "Priya Raman",
            "Priya Raman",
            "said",
        ),
        (
            "significant increases in food and labor costs over the past two years.",
            "Crestline Dining Services",
            "a spokesperson for Crestline Dining Services",
            "said",
        ),
        ("no role", "Crestline Dining Services", "The spokesperson", "said"),
        (
            "Our standard plan is still below the median of our peers,",
            "Denise Whitcombe",
            "Whitcombe",
            "said",
        ),
        (
            "We know that's cold comfort to a student who's hungry at 9 p.m., and we're listening.",
            "Denise Whitcombe",
            "Whitcombe",
            "said",
        ),
        (
            "a tuition increase by another name",
            "Associated Students of Hartwell University",
            "The resolution",
            "describes",
        ),
        (
            "We're not asking for free food,",
            "Marcus Bell",
            "ASHU President Marcus Bell",
            "told",
        ),
        (
            "We're asking for the plan we already paid for last year, and for some honesty about where the money goes.",
            "Marcus Bell",
            "ASHU President Marcus Bell",
            "told",
        ),
        ("a little overblown,", "Ethan Kowalski", "Ethan Kowalski", "said"),
        (
            "Welcome to the real world,",
            "Ethan Kowalski",
            ("he said, laughing", "he"),
            ("he said, laughing", "said"),
        ),
        (
            "But yeah, no rollover is rough.",
            "Ethan Kowalski",
            ("he said, laughing", "he"),
            ("he said, laughing", "said"),
        ),
        ("They'll probably say no,", "Priya Raman", ("she said", "she"), ('" she said', "said")),
        (
            "But they're going to have to say it to our faces.",
            "Priya Raman",
            ("she said", "she"),
            ('" she said', "said"),
        ),
    ],
    ["Flex 19", "Flex 14", "Swipes, Not Scraps", "Feed Us, Hartwell.", "swipe-share"],
)

article(
    "blind19-en08",
    "en",
    """‘Not a theme park’: Portuguese hill town to charge day-trippers €4 to enter historic centre

By Inês Carvalho
Published on 03/06/2024 - 11:26 GMT+2

Share this article
Comments

Vila Alvarinha, a hilltop town of 3,000 people in central Portugal, will become one of the first places in the country to charge day visitors an entry fee, as local officials try to cope with a tide of tour buses that has grown every summer since the pandemic.

From 1 July, visitors who are not staying overnight will pay €4 to enter the walled historic centre between 10am and 6pm. Residents, children under 14 and guests of local hotels and guesthouses will be exempt.

“Vila Alvarinha is a place where people live. It is not a theme park,” mayor Rui Figueiredo told Euronews Travel, speaking in Portuguese. “On some days in August we have 12,000 visitors in streets built for carts and donkeys.”

The money, expected to raise around €900,000 a year, will go towards cleaning, restoring the 14th-century walls and subsidising rents for young families, Figueiredo said.

Figueiredo said the town had tried other measures first, including limiting tour coaches to a car park at the foot of the hill. “It didn’t work. The buses simply parked on the road to Tomar and the passengers walked up,” he said.

ADVERTISEMENT

Not everyone is convinced. The Central Portugal Hoteliers’ Association (APHC), which represents around 400 businesses in the region, said the fee sent “the wrong signal” to foreign visitors.

“We understand the pressure on small towns, but a turnstile at the city gate is not a tourism policy,” the association said in a statement. “It is an admission that there is no policy.”

For residents like Graça Menezes, 71, who has lived inside the walls all her life, the change cannot come soon enough.

“When I was a girl, you knew every face in the square. Now I count the foreigners’ selfie sticks instead of the swallows,” she said.

“My grandchildren cannot afford to rent here, because every second house is an Airbnb. Maybe this money will bring one family back. That would be enough for me.”

Read more
Venice extends its day-tripper fee to more days in 2025

Researchers who study overtourism say entry fees work only as part of a wider plan. Dr Helena Duarte, a tourism geographer at the University of Coimbra, said the town was right to act but warned against expecting too much from the fee alone.

“A fee of four euros will not stop someone who has flown from Chicago,” she said. “What it can do is pay for the damage – and make the town think about what kind of visitor it wants.”

The town council will review the scheme after its first summer. Figueiredo said he was open to changing the price, but not the principle.

“We are not closing the door,” he said. “We are asking people to knock.”""",
    [
        ("Not a theme park", "Rui Figueiredo", None, None),
        (
            "Vila Alvarinha is a place where people live. It is not a theme park,",
            "Rui Figueiredo",
            "mayor Rui Figueiredo",
            "told",
        ),
        (
            "On some days in August we have 12,000 visitors in streets built for carts and donkeys.",
            "Rui Figueiredo",
            "mayor Rui Figueiredo",
            "told",
        ),
        (
            "It didn’t work. The buses simply parked on the road to Tomar and the passengers walked up,",
            "Rui Figueiredo",
            ("walked up,” he said", "he"),
            ("walked up,” he said", "said"),
        ),
        (
            "the wrong signal",
            "Central Portugal Hoteliers’ Association",
            "The Central Portugal Hoteliers’ Association",
            "said",
        ),
        (
            "We understand the pressure on small towns, but a turnstile at the city gate is not a tourism policy,",
            "Central Portugal Hoteliers’ Association",
            "the association",
            "said",
        ),
        (
            "It is an admission that there is no policy.",
            "Central Portugal Hoteliers’ Association",
            "the association",
            "said",
        ),
        (
            "When I was a girl, you knew every face in the square. Now I count the foreigners’ selfie sticks instead of the swallows,",
            "Graça Menezes",
            ("swallows,” she said", "she"),
            ("swallows,” she said", "said"),
        ),
        (
            "My grandchildren cannot afford to rent here, because every second house is an Airbnb. Maybe this money will bring one family back. That would be enough for me.",
            "Graça Menezes",
            None,
            None,
        ),
        (
            "A fee of four euros will not stop someone who has flown from Chicago,",
            "Helena Duarte",
            ("Chicago,” she said", "she"),
            ("Chicago,” she said", "said"),
        ),
        (
            "What it can do is pay for the damage – and make the town think about what kind of visitor it wants.",
            "Helena Duarte",
            ("Chicago,” she said", "she"),
            ("Chicago,” she said", "said"),
        ),
        (
            "We are not closing the door,",
            "Rui Figueiredo",
            ("door,” he said", "he"),
            ("door,” he said", "said"),
        ),
        (
            "We are asking people to knock.",
            "Rui Figueiredo",
            ("door,” he said", "he"),
            ("door,” he said", "said"),
        ),
    ],
)


def main() -> None:
    SET.write(Path(__file__).with_name("blind19_en.jsonl"), WORDS_RANGE)


if __name__ == "__main__":
    main()
