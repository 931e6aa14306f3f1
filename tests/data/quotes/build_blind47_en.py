# ruff: noqa: E501, RUF001
# Prose articles with typographic quotation marks: the long lines and the marks are the data.
"""Builds blind47_en.jsonl: a forty-seventh blind English quotation set (written for depeche, CC0).
Written from scratch by a helper who never read the quotes code, so that its score is an honest,
blind estimate of how ``depeche.quotes`` does on English news text nobody tuned it on. Every
story, person, place and organisation is invented (real countries, regions, cities and a few
public bodies aside). Beats and outlets imitated: a road-test backlog for learner drivers (Cayman
Compass: a dek quote in single marks with "says applicant", a nested single quote in an uncued
follow-on paragraph, a unit's statement named later as "the statement", a booking portal's name
and a job-advert phrase in marks, an unnamed hotel manager, "Mr Solomon said:", an opposition MP
who "called" the plan something), sugar cane growers' unpaid proceeds (Times of Eswatini: straight
marks, an association letter that "reads", siSwati honorifics Babe and Make, an interrupted quote,
a two-paragraph quote after "she said:", an anonymous grower, a mill general manager named later
as "the GM", an indvuna by title after the quote, a term and a WhatsApp group in marks), a viaduct
bearing job overrunning (New Civil Engineer: a dek partial quote from a council report that
"blames", a report that "states" with a nested single quote, a report title and a nickname in
marks, a contractor's project director, a consultant's statement with two partial quotes, an
unnamed bridge engineer, a LinkedIn post with "he wrote", "said:" before a quote), tuk-tuk drivers
against an app's commission (The Phnom Penh Post: Khmer names given name on second reference, an
association known by its initials, a company Facebook post that "read" next to the newspaper's
own name, an unnamed company representative, an interrupted quote, an unnamed garment worker, a
product tier name in marks), a Christmas market cancelled over insurance (Western People: curly
single marks with apostrophes inside quotes, a chamber's Facebook post with "wrote", a quote over
two paragraphs cued at the end, an unnamed stallholder, a councillor's interrupted quote, a county
council spokesperson's two partial quotes, "He said:", a market name and a square's nickname in
marks), heating fuel costs for rural schools (Alaska Beacon: straight marks, testimony by phone,
"asked Rep.", a bill's name in marks after "calls", written testimony with "wrote", a department's
emailed answer, an interrupted quote with "said X,", a term in marks), a lido competition winner
dropped (The Architects' Journal: curly single marks, a headline scare quote of the practice, a
dek partial quote with "says", a council "citing" its reasons, an Instagram post, a jury chair, a
council spokesperson with "said:" and "added", a campaign group, a scheme name, a term and a
nickname in marks, a reader comment) and a grazing permit retirement (High Country News: "he told
me", a county commission's letter that "reads", a regulatory term and a mesa's nickname in marks,
nested single quotes, a two-paragraph answer cued "he said finally", a BLM spokesperson with two
partial quotes). Titles, names, terms, nicknames and phrases in marks that nobody says are listed
as non-quotes. Gold conventions are those of build_dev.py.

Do not tune the extractor on this file: it measures, it does not teach. Run
``python tests/data/quotes/build_blind47_en.py`` after editing.
Bodies are named by their full name, also when the text gives a short one in brackets.
"""

from __future__ import annotations

from pathlib import Path

from build_dev import ArticleSet

SET = ArticleSet()
article = SET.article
WORDS_RANGE = (300, 650)


article(
    "blind47-en01",
    "en",
    """Learner drivers stuck in five-month queue for road tests

‘Nobody ever calls,’ says applicant as licensing backlog tops 1,100

By Jonelle Ebanks
December 2, 2026

Learner drivers wait outside the licensing office on Elgin Avenue on Monday morning. – Photo: Jonelle Ebanks

Learner drivers in Grand Cayman are waiting up to five months for a road test, and some say the delay has already cost them jobs that require a full licence.
The backlog at the Driver Licensing Unit stood at 1,140 applicants at the end of November, according to figures the unit released to the Compass on Friday. Before the pandemic, the typical wait was about three weeks.
Kerisha Bodden, 19, passed her written test in June. She has been given a road-test date of Jan. 28.
“I got a job offer at a resort in East End, but they need you to drive yourself because there’s no bus early enough for the morning shift,” she said. “I had to tell them I couldn’t start. They gave it to somebody else.”
Bodden said she phones the unit every Monday to ask about cancellations.
“Every time it’s the same thing: ‘We have your name, we will call you.’ Nobody ever calls.”
RELATED STORY: Bus route changes leave North Side commuters waiting
The unit said in a statement that it had lost three of its seven examiners this year, two to retirement and one to the private sector, and that recruitment was “at an advanced stage”.
“We understand the frustration of applicants and we apologise for the delays,” the statement said. “Two new examiners will begin training in January, and Saturday testing will resume from February.”
The statement also urged applicants to check the unit’s online booking portal, known as “DL Connect”, for cancellation slots, which it said are released at 7am each weekday.
Driving instructor Wendell Connolly, who runs Safe Hands Driving School in Bodden Town, said the portal was “a lottery for people with fast fingers”.
“My students are ready,” Connolly said. “They’ve done their lessons, they’ve paid their fees, and then they sit at home for five months forgetting everything I taught them.”
He said he had warned the unit about the examiner shortage in March.
“Nobody wanted to hear it,” he added.
A human resources manager at a Seven Mile Beach hotel, who asked not to be named because she was not authorised to speak for the company, said the hotel had quietly stopped listing “valid driver’s licence” as a requirement for some roles.
“We were losing good candidates over it,” the manager said. “We’d rather arrange a carpool than lose a good housekeeper.”
Minister for Infrastructure and Transport Dwayne Solomon told the Compass the backlog would be cleared “within weeks, not months” once the new examiners were certified.
Mr Solomon said: “I have asked the unit to look at every option, including bringing in qualified examiners from overseas on short contracts. I want this fixed before the tourist season peaks.”
Opposition MP for Bodden Town West Carla Whittaker called the minister’s timeline “wishful thinking” and said she would table a parliamentary question on examiner recruitment.
“Young people are being told to be patient while their opportunities drive past them,” Ms Whittaker said.

Support independent journalism in the Cayman Islands
Share: Facebook X WhatsApp Email""",
    [
        ("Nobody ever calls,", "Kerisha Bodden", "applicant", "says"),
        (
            "I got a job offer at a resort in East End, but they need you to drive yourself because there’s no bus early enough for the morning shift,",
            "Kerisha Bodden",
            ("she said", "she"),
            ("she said", "said"),
        ),
        (
            "I had to tell them I couldn’t start. They gave it to somebody else.",
            "Kerisha Bodden",
            ("she said", "she"),
            ("she said", "said"),
        ),
        (
            "Every time it’s the same thing: ‘We have your name, we will call you.’ Nobody ever calls.",
            "Kerisha Bodden",
            None,
            None,
        ),
        (
            "at an advanced stage",
            "Driver Licensing Unit",
            ("The unit said", "The unit"),
            ("The unit said", "said"),
        ),
        (
            "We understand the frustration of applicants and we apologise for the delays,",
            "Driver Licensing Unit",
            ("the statement said", "the statement"),
            ("the statement said", "said"),
        ),
        (
            "Two new examiners will begin training in January, and Saturday testing will resume from February.",
            "Driver Licensing Unit",
            ("the statement said", "the statement"),
            ("the statement said", "said"),
        ),
        (
            "a lottery for people with fast fingers",
            "Wendell Connolly",
            "Wendell Connolly",
            ("said the portal", "said"),
        ),
        (
            "My students are ready,",
            "Wendell Connolly",
            ("Connolly said", "Connolly"),
            ("Connolly said", "said"),
        ),
        (
            "They’ve done their lessons, they’ve paid their fees, and then they sit at home for five months forgetting everything I taught them.",
            "Wendell Connolly",
            ("Connolly said", "Connolly"),
            ("Connolly said", "said"),
        ),
        (
            "Nobody wanted to hear it,",
            "Wendell Connolly",
            ("he added", "he"),
            ("he added", "added"),
        ),
        (
            "We were losing good candidates over it,",
            "manager",
            ("the manager said", "the manager"),
            ("the manager said", "said"),
        ),
        (
            "We’d rather arrange a carpool than lose a good housekeeper.",
            "manager",
            ("the manager said", "the manager"),
            ("the manager said", "said"),
        ),
        ("within weeks, not months", "Dwayne Solomon", "Dwayne Solomon", "told"),
        (
            "I have asked the unit to look at every option, including bringing in qualified examiners from overseas on short contracts. I want this fixed before the tourist season peaks.",
            "Dwayne Solomon",
            "Mr Solomon",
            ("Mr Solomon said:", "said"),
        ),
        ("wishful thinking", "Carla Whittaker", "Carla Whittaker", "called"),
        (
            "Young people are being told to be patient while their opportunities drive past them,",
            "Carla Whittaker",
            "Ms Whittaker",
            ("Ms Whittaker said", "said"),
        ),
    ],
    ["DL Connect", "valid driver’s licence"],
)

article(
    "blind47-en02",
    "en",
    """GROWERS GIVE MILL SEVEN DAYS TO PAY E14 MILLION

BY NOSIPHO MAZIBUKO
December 3, 2026

Cane growers during a meeting at Ka-Zulwini Umphakatsi on Sunday. (Pic: Nosipho Mazibuko)

SITSATSAWENI – More than 300 small-scale sugar cane growers have given Lusutfu Valley Sugar Company seven days to pay what they say is E14 million in outstanding cane proceeds, failing which they will stop delivering cane to the mill.
The ultimatum is contained in a letter signed by the chairperson of the Lusutfu Smallholder Cane Growers Association (LSCGA), Babe Mandla Shongwe, which was hand-delivered to the mill's offices on Monday.
"Our members delivered their cane in good faith between May and August and have not received a single lilangeni for it," the letter reads. "We can no longer continue to finance the operations of a company that does not pay its suppliers."
Speaking to this publication yesterday, Shongwe said growers had waited for months without a clear answer from the mill.
"We have been patient," he said, "but patience does not pay school fees and it does not buy fertiliser."
He said some growers had already taken loans at high interest to keep their fields irrigated through the dry months.
Make Thoko Mamba (56), who grows cane on four hectares near Sitsatsaweni, said she had sold two cows in October to pay her workers. Speaking in siSwati, she said: "I have never seen a year like this one. We work the whole season, we cut, we load the lorries, and then we are told to wait.
"My grandchildren are asking why there is no bread in the house. What must I tell them?"
Another grower, who preferred not to be named for fear of victimisation, said the growers were being made to carry the mill's problems.
"When they make a profit, we do not see it. When they make a loss, we are the first ones to suffer," he said.
When contacted, the mill's General Manager, Bongani Hlophe, confirmed that payments were late. He blamed the delay on "a temporary cash-flow constraint" caused by slow receipts from sugar exports.
"The company values its relationship with smallholder growers and is doing everything in its power to settle the arrears," Hlophe said.
He said the first instalment would be paid "before Christmas" and the balance in January.
Asked whether the mill would be able to pay the full amount within seven days, the GM said: "I cannot commit to that. What I can say is that nobody will lose their money."
The so-called "division of proceeds", the formula under which the mill and the growers share sugar revenue, has been a source of friction for years.
Ministry of Agriculture Public Relations Officer Lwazi Nxumalo said the ministry was "aware of the impasse" and had invited both parties to a meeting in Mbabane on Friday.
"Government will not fold its arms while farmers suffer," Nxumalo said.
The Indvuna of Ka-Zulwini, Solomon Gamedze, appealed for calm ahead of the meeting.
"We do not want to see anyone burning cane or blocking roads. Let the talks happen first," said the indvuna.
Meanwhile, women growers in the area have been pooling money for school fees through a WhatsApp group they call "Umoba Wetfu".

Related: Mill workers down tools over unpaid bonuses

Share this:
WhatsApp Facebook X""",
    [
        (
            "Our members delivered their cane in good faith between May and August and have not received a single lilangeni for it,",
            "Mandla Shongwe",
            "the letter",
            "reads",
        ),
        (
            "We can no longer continue to finance the operations of a company that does not pay its suppliers.",
            "Mandla Shongwe",
            "the letter",
            "reads",
        ),
        ("We have been patient,", "Mandla Shongwe", ("he said", "he"), ("he said", "said")),
        (
            "but patience does not pay school fees and it does not buy fertiliser.",
            "Mandla Shongwe",
            ("he said", "he"),
            ("he said", "said"),
        ),
        (
            "I have never seen a year like this one. We work the whole season, we cut, we load the lorries, and then we are told to wait.",
            "Thoko Mamba",
            ("she said:", "she"),
            ("she said:", "said"),
        ),
        (
            "My grandchildren are asking why there is no bread in the house. What must I tell them?",
            "Thoko Mamba",
            ("she said:", "she"),
            ("she said:", "said"),
        ),
        (
            "When they make a profit, we do not see it. When they make a loss, we are the first ones to suffer,",
            "grower",
            ("he said", "he"),
            ("he said", "said"),
        ),
        (
            "a temporary cash-flow constraint",
            "Bongani Hlophe",
            ("He blamed", "He"),
            ("He blamed", "blamed"),
        ),
        (
            "The company values its relationship with smallholder growers and is doing everything in its power to settle the arrears,",
            "Bongani Hlophe",
            ("Hlophe said", "Hlophe"),
            ("Hlophe said", "said"),
        ),
        (
            "before Christmas",
            "Bongani Hlophe",
            ("He said the first", "He"),
            ("He said the first", "said"),
        ),
        (
            "I cannot commit to that. What I can say is that nobody will lose their money.",
            "Bongani Hlophe",
            "the GM",
            ("the GM said:", "said"),
        ),
        (
            "aware of the impasse",
            "Lwazi Nxumalo",
            "Lwazi Nxumalo",
            ("said the ministry was", "said"),
        ),
        (
            "Government will not fold its arms while farmers suffer,",
            "Lwazi Nxumalo",
            ("Nxumalo said", "Nxumalo"),
            ("Nxumalo said", "said"),
        ),
        (
            "We do not want to see anyone burning cane or blocking roads. Let the talks happen first,",
            "Solomon Gamedze",
            ("said the indvuna", "the indvuna"),
            ("said the indvuna", "said"),
        ),
    ],
    ["division of proceeds", "Umoba Wetfu"],
)

article(
    "blind47-en03",
    "en",
    """Colnebrook Viaduct bearing job 14 months late as costs more than double

Council report blames “unknowns nobody could have priced” for overrun on 1960s structure

By Tom Harcourt
4 December 2026

Colnebrook Viaduct carries the A417 over the River Wendle. Credit: Northdown County Council

Replacement of the bearings on Northdown County Council’s Colnebrook Viaduct is running 14 months behind programme and is now forecast to cost £18.6M, more than double its original £8.2M budget.
A report to the council’s cabinet, published last week, says the original estimate “did not and could not account for unknowns nobody could have priced” in the 1964 post-tensioned concrete structure.
The 11-span viaduct, known locally as “the Fourteen Arches” despite having only 11, carries about 38,000 vehicles a day.
Contractor Braxley Civil Engineering began work in September 2025 under an NEC4 Option C target cost contract, with design by consultant Ferrand Hale.
The report, titled “Colnebrook Viaduct Major Maintenance: Outturn Review”, says intrusive investigations after the first jacking operation found that 19 of the 44 bearings sat on plinths that did not match the original drawings.
“The phrase ‘like-for-like replacement’ assumed we knew what was there,” the report states. “In a significant number of locations, we did not.”
Cabinet member for highways Cllr Priya Vaswani told NCE the council had “no choice” but to continue.
“Stopping halfway is not an option on a structure carrying this much traffic,” she said. “We have a duty to leave it safe, and we will.”
Braxley project director Gareth Moyle said the team had encountered “conditions that were frankly not on anybody’s radar”.
“Every time we lifted a deck, there was a new surprise,” he said. “Some of the plinths had been packed with steel shims and what looks like timber. That’s not something you can design for from a desk.”
He said the contractor had worked “hand in glove” with the council to keep two lanes open in each direction throughout.
Ferrand Hale said in a statement that it had “raised the limitations of the as-built information at tender stage” and that its design had been revised “promptly and in full” as each problem emerged.
A senior bridge engineer who has worked on similar structures, but who was not involved in the project, told NCE the findings were “depressingly familiar”.
“Half the motorway-era stock in this country was built to drawings that were out of date before the concrete was dry,” the engineer said. “If you don’t do intrusive surveys before you let the contract, you are pricing a guess.”
Writing on LinkedIn, Braxley’s former site agent on the scheme, Dan Okafor, said the workforce deserved credit. “Fourteen months of night shifts over a live carriageway and not one lost-time injury. That’s the story here,” he wrote.
Opposition group leader Cllr Martin Eade said: “Residents were promised a two-year job. They are now looking at three and a half, with the bill landing on them.”
Completion is now forecast for November 2027.

Like what you’ve read? To receive New Civil Engineer’s daily and weekly newsletters click here.""",
    [
        (
            "unknowns nobody could have priced",
            "Northdown County Council",
            "Council report",
            "blames",
        ),
        (
            "did not and could not account for unknowns nobody could have priced",
            "Northdown County Council",
            ("A report to", "A report"),
            ("says the original", "says"),
        ),
        (
            "The phrase ‘like-for-like replacement’ assumed we knew what was there,",
            "Northdown County Council",
            ("the report states", "the report"),
            "states",
        ),
        (
            "In a significant number of locations, we did not.",
            "Northdown County Council",
            ("the report states", "the report"),
            "states",
        ),
        ("no choice", "Priya Vaswani", "Cllr Priya Vaswani", "told"),
        (
            "Stopping halfway is not an option on a structure carrying this much traffic,",
            "Priya Vaswani",
            ("she said", "she"),
            ("she said", "said"),
        ),
        (
            "We have a duty to leave it safe, and we will.",
            "Priya Vaswani",
            ("she said", "she"),
            ("she said", "said"),
        ),
        (
            "conditions that were frankly not on anybody’s radar",
            "Gareth Moyle",
            "Gareth Moyle",
            ("said the team", "said"),
        ),
        (
            "Every time we lifted a deck, there was a new surprise,",
            "Gareth Moyle",
            ("he said", "he"),
            ("he said", "said"),
        ),
        (
            "Some of the plinths had been packed with steel shims and what looks like timber. That’s not something you can design for from a desk.",
            "Gareth Moyle",
            ("he said", "he"),
            ("he said", "said"),
        ),
        (
            "hand in glove",
            "Gareth Moyle",
            ("He said the contractor", "He"),
            ("He said the contractor", "said"),
        ),
        (
            "raised the limitations of the as-built information at tender stage",
            "Ferrand Hale",
            ("Ferrand Hale said", "Ferrand Hale"),
            ("Ferrand Hale said", "said"),
        ),
        (
            "promptly and in full",
            "Ferrand Hale",
            ("Ferrand Hale said", "Ferrand Hale"),
            ("Ferrand Hale said", "said"),
        ),
        ("depressingly familiar", "engineer", "A senior bridge engineer", "told"),
        (
            "Half the motorway-era stock in this country was built to drawings that were out of date before the concrete was dry,",
            "engineer",
            ("the engineer said", "the engineer"),
            ("the engineer said", "said"),
        ),
        (
            "If you don’t do intrusive surveys before you let the contract, you are pricing a guess.",
            "engineer",
            ("the engineer said", "the engineer"),
            ("the engineer said", "said"),
        ),
        (
            "Fourteen months of night shifts over a live carriageway and not one lost-time injury. That’s the story here,",
            "Dan Okafor",
            ("he wrote", "he"),
            "wrote",
        ),
        (
            "Residents were promised a two-year job. They are now looking at three and a half, with the bill landing on them.",
            "Martin Eade",
            "Cllr Martin Eade",
            ("Eade said:", "said"),
        ),
    ],
    ["the Fourteen Arches", "Colnebrook Viaduct Major Maintenance: Outturn Review"],
)

article(
    "blind47-en04",
    "en",
    """Tuk-tuk drivers rally against ride-hailing app’s commission hike

Phan Sovann
Publication date 05 December 2026 | 18:32 ICT

Tuk-tuk drivers gather near Phnom Penh’s Olympic Stadium on December 5. Ly Rithy

More than 200 tuk-tuk drivers gathered near the Olympic Stadium in the capital on December 5 to protest against a decision by ride-hailing platform RoamRide to raise its commission on each trip from 12 to 18 per cent.
The drivers, most of whom operate the locally assembled auto-rickshaws that the app lists under its “RoamTuk” category, said the increase would wipe out their already thin margins.
Chhim Vuthy, 43, who has driven a tuk-tuk in Phnom Penh for 11 years, said he now takes home about 40,000 riel on a good day after paying for fuel.
“Before, the app helped us. Now the app is eating us,” Vuthy said. “If they take 18 per cent, and petrol takes the rest, what is left for my family?”
The protest was organised by the Cambodian Tuk-Tuk Drivers’ Association (CTDA), which claims more than 3,000 members in Phnom Penh and Siem Reap.
CTDA president Mao Sokunthea told The Post that the association had written to the company on November 28 but had received no reply.
“We are not against technology,” she said. “We are against a company deciding alone, from an office, how much a driver is allowed to eat.”
She said the association would ask the Ministry of Public Works and Transport to intervene if the company did not meet drivers within a week.
Read more: Capital’s new bus lanes draw mixed reviews from commuters
In a Facebook post on December 4, RoamRide Cambodia said the change was needed to fund “driver insurance, safety training and better customer support”.
“We value every driver partner. The new rate remains among the lowest in the region,” the post read.
A company representative, who asked not to be named because she was not authorised to speak to the media, told The Post on December 5 that the firm was “open to dialogue” but would not reverse the increase.
Ministry of Public Works and Transport spokesman Ouk Rithisak said the ministry had not yet received a formal complaint but was “monitoring the situation closely”.
“Ride-hailing is a private business, but the ministry has a role to make sure the relationship is fair to both sides,” Rithisak said, adding that officials were prepared to host talks.
Another driver, Sam Oeun, 51, said he had already moved most of his trips to a rival app.
“The drivers will go where they are treated well,” he said, “and the passengers will follow the drivers.”
A garment worker waiting for a ride near the protest said fares on the app had already risen twice this year.
“If the driver pays more, soon I will pay more too,” she said.
The gathering dispersed peacefully at about 11am, according to municipal police.

Related articles
Phnom Penh to pilot electric tuk-tuk scheme next year
Share: Facebook Twitter Telegram""",
    [
        (
            "Before, the app helped us. Now the app is eating us,",
            "Chhim Vuthy",
            ("Vuthy said", "Vuthy"),
            ("Vuthy said", "said"),
        ),
        (
            "If they take 18 per cent, and petrol takes the rest, what is left for my family?",
            "Chhim Vuthy",
            ("Vuthy said", "Vuthy"),
            ("Vuthy said", "said"),
        ),
        (
            "We are not against technology,",
            "Mao Sokunthea",
            ("she said", "she"),
            ("she said", "said"),
        ),
        (
            "We are against a company deciding alone, from an office, how much a driver is allowed to eat.",
            "Mao Sokunthea",
            ("she said", "she"),
            ("she said", "said"),
        ),
        (
            "driver insurance, safety training and better customer support",
            "RoamRide Cambodia",
            "RoamRide Cambodia",
            ("RoamRide Cambodia said", "said"),
        ),
        (
            "We value every driver partner. The new rate remains among the lowest in the region,",
            "RoamRide Cambodia",
            ("the post read", "the post"),
            ("the post read", "read"),
        ),
        ("open to dialogue", "representative", "A company representative", "told"),
        (
            "monitoring the situation closely",
            "Ouk Rithisak",
            "Ouk Rithisak",
            ("said the ministry had", "said"),
        ),
        (
            "Ride-hailing is a private business, but the ministry has a role to make sure the relationship is fair to both sides,",
            "Ouk Rithisak",
            ("Rithisak said", "Rithisak"),
            ("Rithisak said", "said"),
        ),
        (
            "The drivers will go where they are treated well,",
            "Sam Oeun",
            ("he said", "he"),
            ("he said", "said"),
        ),
        (
            "and the passengers will follow the drivers.",
            "Sam Oeun",
            ("he said", "he"),
            ("he said", "said"),
        ),
        (
            "If the driver pays more, soon I will pay more too,",
            "garment worker",
            ("she said", "she"),
            ("she said", "said"),
        ),
    ],
    ["RoamTuk"],
)

article(
    "blind47-en05",
    "en",
    """Kilcarrow Christmas market axed as insurance quote nearly quadruples

By Caoimhe Walsh
Wed, 03 Dec, 2026 - 16:30

Stalls on Market Square during last year’s event. Picture: Kilcarrow Chamber of Commerce

The popular Christmas market in Kilcarrow will not go ahead this year after organisers were quoted €7,400 to insure the two-day event, almost four times last year’s premium.
Kilcarrow Chamber of Commerce, which has run the ‘Winter Lights Market’ on the town’s Market Square since 2017, announced the cancellation in a post on its Facebook page on Monday evening.
‘It is with a heavy heart that we have to tell you the market will not take place this December,’ the chamber wrote. ‘We tried every broker we could find.’
Chamber chairman Declan Moloney said the committee had spent three weeks trying to find cheaper cover.
‘We went from €1,900 to €7,400 with no claim, no incident, nothing. Not so much as a twisted ankle in nine years.
‘The market makes maybe €3,000 after costs and every cent of that goes back into the Christmas lights. You don’t need to be an accountant to see it doesn’t add up,’ he said.
Last year the market drew an estimated 6,000 visitors and more than 40 stallholders.
One craft stallholder, who sells hand-knitted jumpers from her home near Ballycroy, said the event accounted for ‘close to a third’ of her year’s sales.
‘That weekend paid for my wool for the spring,’ she said. ‘I don’t know what I’ll do now.’
Local councillor Pádraig Gaughan described the cancellation as ‘a kick in the teeth for a town that’s doing its best’.
‘Insurance is killing community events in rural Ireland, and it’s been talked about in the Dáil for ten years,’ Cllr Gaughan said, ‘but nothing ever changes for the small volunteer group.’
He said he would raise the matter at the next meeting of the municipal district.
Read More: Belmullet hotel plan gets green light despite objections
A spokesperson for Mayo County Council said the council ‘fully supports’ community events and had offered the chamber the use of the square free of charge, but that insurance remained ‘a matter for event organisers’.
Parish priest Fr Tom Loftus said the market had become ‘part of the fabric of Advent in Kilcarrow’.
He said: ‘People come home for it. You’d meet lads at those stalls you hadn’t seen since they went to Boston.’
Fr Loftus said the parish would hold a smaller sale of work in the parish hall on December 13, which is covered under the parish’s own policy.
Mr Moloney said the chamber hoped to bring the market back in 2027, ‘if the insurance world comes to its senses’.
The square, known to generations of locals as ‘the Fair Green’, will still host the switching on of the town’s Christmas lights on Saturday, December 6, at 6pm.

Sign up to our newsletter
Share this article: Facebook Twitter Email""",
    [
        (
            "It is with a heavy heart that we have to tell you the market will not take place this December,",
            "Kilcarrow Chamber of Commerce",
            ("the chamber wrote", "the chamber"),
            ("the chamber wrote", "wrote"),
        ),
        (
            "We tried every broker we could find.",
            "Kilcarrow Chamber of Commerce",
            ("the chamber wrote", "the chamber"),
            ("the chamber wrote", "wrote"),
        ),
        (
            "We went from €1,900 to €7,400 with no claim, no incident, nothing. Not so much as a twisted ankle in nine years.",
            "Declan Moloney",
            ("he said", "he"),
            ("he said", "said"),
        ),
        (
            "The market makes maybe €3,000 after costs and every cent of that goes back into the Christmas lights. You don’t need to be an accountant to see it doesn’t add up,",
            "Declan Moloney",
            ("he said", "he"),
            ("he said", "said"),
        ),
        (
            "close to a third",
            "stallholder",
            "One craft stallholder",
            ("said the event", "said"),
        ),
        (
            "That weekend paid for my wool for the spring,",
            "stallholder",
            ("she said", "she"),
            ("she said", "said"),
        ),
        (
            "I don’t know what I’ll do now.",
            "stallholder",
            ("she said", "she"),
            ("she said", "said"),
        ),
        (
            "a kick in the teeth for a town that’s doing its best",
            "Pádraig Gaughan",
            "Pádraig Gaughan",
            "described",
        ),
        (
            "Insurance is killing community events in rural Ireland, and it’s been talked about in the Dáil for ten years,",
            "Pádraig Gaughan",
            ("Cllr Gaughan said", "Cllr Gaughan"),
            ("Cllr Gaughan said", "said"),
        ),
        (
            "but nothing ever changes for the small volunteer group.",
            "Pádraig Gaughan",
            ("Cllr Gaughan said", "Cllr Gaughan"),
            ("Cllr Gaughan said", "said"),
        ),
        (
            "fully supports",
            "Mayo County Council",
            "A spokesperson for Mayo County Council",
            ("Mayo County Council said", "said"),
        ),
        (
            "a matter for event organisers",
            "Mayo County Council",
            "A spokesperson for Mayo County Council",
            ("Mayo County Council said", "said"),
        ),
        (
            "part of the fabric of Advent in Kilcarrow",
            "Tom Loftus",
            "Fr Tom Loftus",
            ("said the market had", "said"),
        ),
        (
            "People come home for it. You’d meet lads at those stalls you hadn’t seen since they went to Boston.",
            "Tom Loftus",
            ("He said:", "He"),
            ("He said:", "said"),
        ),
        (
            "if the insurance world comes to its senses",
            "Declan Moloney",
            "Mr Moloney",
            ("Mr Moloney said", "said"),
        ),
    ],
    ["Winter Lights Market", "the Fair Green"],
)

article(
    "blind47-en06",
    "en",
    """Rural superintendents tell lawmakers heating fuel costs are eating classroom budgets

By Colin Trask
December 4, 2026 5:55 AM

The school in Nunapak, one of eight village schools in the Tundra Rivers School District, on Nov. 30, 2026. (Photo by Colin Trask/Alaska Beacon)

Superintendents from four rural school districts told members of the Alaska House Education Committee on Wednesday that the price of heating fuel delivered by barge this fall had risen so sharply that some schools may have to cut staff before the end of the school year.
"We are heating buildings with money that was supposed to pay teachers," said Lorraine Cooke, superintendent of the Tundra Rivers School District, who testified by phone from Bethel.
Cooke said her district paid an average of $9.85 per gallon for fuel delivered to its village schools this fall, up from $6.40 last year. The district burns about 310,000 gallons a winter.
"That is more than a million dollars we did not budget for," she said. "I can cut travel. I can cut supplies. After that, there is nothing left to cut except people."
The interim hearing was held to take public testimony on House Bill 214, which its sponsor, Rep. Glenn Abernathy, R-Palmer, calls the "Warm Schools Act." The bill would create a one-time grant for districts that depend on fuel delivered by barge or by air.
"This is not a handout. It's a thermostat," Abernathy said.
Several committee members questioned the cost, which legislative staff estimated at $11 million.
"Where does this stop?" asked Rep. Tina Marsh, R-Eagle River. "If we cover fuel this year, do we cover it every year the barge is late?"
Abernathy said the grant was designed as "a bridge, not a new entitlement."
In written testimony submitted to the committee, the principal of the school in Nunapak, Ruth Aguchak, described classrooms kept at 58 degrees to save fuel.
"Students wear their coats and hats through first period," Aguchak wrote. "We tell them it builds character. It does not. It builds absences."
Some districts have started "cold-soaking" empty wings of their buildings over weekends, shutting off heat entirely and restarting boilers on Sunday night, according to testimony.
The Alaska Department of Education and Early Development said in an email that it "recognizes the extraordinary energy costs facing rural districts" and was reviewing whether existing funds could be redirected. Any new grant would need an appropriation from the Legislature, a department spokesperson added.
"The barge came three weeks late this year because of ice," said Matthew Ivanoff, superintendent of the Chinik Bay School District, "and when it did come, the price was whatever the price was. We don't get to shop around."
Committee co-chair Rep. Sandra Pitka, D-Bethel, said the committee would hold the bill for further testimony and that she wanted it moved "early in the session, not in the final week."
The Legislature convenes in Juneau on Jan. 19.

Alaska Beacon is an independent, nonprofit news organization covering state government and policy. Contact the editor with questions.
SUPPORT NEWS YOU TRUST. DONATE
Republish""",
    [
        (
            "We are heating buildings with money that was supposed to pay teachers,",
            "Lorraine Cooke",
            "Lorraine Cooke",
            ("said Lorraine Cooke", "said"),
        ),
        (
            "That is more than a million dollars we did not budget for,",
            "Lorraine Cooke",
            ("she said", "she"),
            ("she said", "said"),
        ),
        (
            "I can cut travel. I can cut supplies. After that, there is nothing left to cut except people.",
            "Lorraine Cooke",
            ("she said", "she"),
            ("she said", "said"),
        ),
        (
            "This is not a handout. It's a thermostat,",
            "Glenn Abernathy",
            ("Abernathy said", "Abernathy"),
            ("Abernathy said", "said"),
        ),
        ("Where does this stop?", "Tina Marsh", "Rep. Tina Marsh", "asked"),
        (
            "If we cover fuel this year, do we cover it every year the barge is late?",
            "Tina Marsh",
            "Rep. Tina Marsh",
            "asked",
        ),
        (
            "a bridge, not a new entitlement.",
            "Glenn Abernathy",
            ("Abernathy said the grant", "Abernathy"),
            ("Abernathy said the grant", "said"),
        ),
        (
            "Students wear their coats and hats through first period,",
            "Ruth Aguchak",
            ("Aguchak wrote", "Aguchak"),
            ("Aguchak wrote", "wrote"),
        ),
        (
            "We tell them it builds character. It does not. It builds absences.",
            "Ruth Aguchak",
            ("Aguchak wrote", "Aguchak"),
            ("Aguchak wrote", "wrote"),
        ),
        (
            "recognizes the extraordinary energy costs facing rural districts",
            "Alaska Department of Education and Early Development",
            "Alaska Department of Education and Early Development",
            ("said in an email", "said"),
        ),
        (
            "The barge came three weeks late this year because of ice,",
            "Matthew Ivanoff",
            "Matthew Ivanoff",
            ("said Matthew Ivanoff", "said"),
        ),
        (
            "and when it did come, the price was whatever the price was. We don't get to shop around.",
            "Matthew Ivanoff",
            "Matthew Ivanoff",
            ("said Matthew Ivanoff", "said"),
        ),
        (
            "early in the session, not in the final week.",
            "Sandra Pitka",
            "Rep. Sandra Pitka",
            ("D-Bethel, said", "said"),
        ),
    ],
    ["Warm Schools Act.", "cold-soaking"],
)

article(
    "blind47-en07",
    "en",
    """Practice hits out at ‘tick-box’ contest after council ditches winning lido design

Ruth Haldane says decision to hand Bramwell Lido job to the runner-up was ‘driven by a spreadsheet’

By Eleanor Fitch
4 December 2026

Haldane Oduya Architects’ competition-winning ‘Open Water’ scheme for Bramwell Lido. Source: Haldane Oduya Architects

A London practice has accused Eastmarsh Borough Council of running a ‘tick-box’ contest after the authority dropped its competition-winning proposal for the refurbishment of the Grade II-listed Bramwell Lido.
Haldane Oduya Architects was named winner of the two-stage design competition in June, beating four other shortlisted teams with a scheme that would have reopened the 1937 pool with a new timber changing pavilion and a heated ‘winter lane’.
But last month the council told the practice it would instead appoint runner-up Pemberton Lyle to take the project forward, citing ‘value for money and programme certainty’.
Practice co-founder Ruth Haldane told the AJ the decision had been ‘driven by a spreadsheet, not by the jury’.
‘We won a competition judged by architects, swimmers and residents,’ she said. ‘Five months later we were told, in a three-paragraph email, that none of that counted.’
In a post on Instagram, the practice wrote: ‘We are proud of Open Water and we are proud of the community that shaped it. We hope the lido gets the future it deserves, whoever designs it.’
Competition jury chair, the architect Simon Petch, said he was ‘disappointed and frankly puzzled’.
‘The jury was unanimous,’ Petch said. ‘We were told at the outset that cost had been built into the scoring. If it was always going to come down to the lowest fee, I don’t know why we were asked to spend two days judging design quality.’
An Eastmarsh Borough Council spokesperson said: ‘The competition identified a number of excellent proposals. Following detailed due diligence, the council concluded that the second-placed team offered the strongest combination of value and deliverability.’
The spokesperson added that the council ‘remains committed to reopening the lido in 2029’.
Pemberton Lyle declined to comment.
Campaign group Friends of Bramwell Lido, which has fought for the pool’s reopening since it closed in 2014, said it was ‘less interested in whose name is on the drawings than in getting back in the water’.
Its chair, Maureen Quaye, said: ‘We’ve waited twelve years. We were excited by the winning scheme, the winter lane especially, but if the other one gets built sooner, most of our members would take it.’
The pool, nicknamed ‘the Bram’ by generations of local swimmers, has been on Historic England’s Heritage at Risk Register since 2016.

Readers' comments (2)
Anonymous 5 December, 2026 9:12 am
Another competition, another pile of unpaid work by shortlisted teams. When will clients learn?
Anonymous 5 December, 2026 11:40 am
Lowest fee wins again. Surprise.""",
    [
        ("tick-box", "Haldane Oduya Architects", "Practice", "hits out"),
        ("driven by a spreadsheet", "Ruth Haldane", "Ruth Haldane", "says"),
        ("tick-box", "Haldane Oduya Architects", "A London practice", "has accused"),
        (
            "value for money and programme certainty",
            "Eastmarsh Borough Council",
            ("the council told", "the council"),
            "citing",
        ),
        ("driven by a spreadsheet, not by the jury", "Ruth Haldane", "Ruth Haldane", "told"),
        (
            "We won a competition judged by architects, swimmers and residents,",
            "Ruth Haldane",
            ("she said", "she"),
            ("she said", "said"),
        ),
        (
            "Five months later we were told, in a three-paragraph email, that none of that counted.",
            "Ruth Haldane",
            ("she said", "she"),
            ("she said", "said"),
        ),
        (
            "We are proud of Open Water and we are proud of the community that shaped it. We hope the lido gets the future it deserves, whoever designs it.",
            "Haldane Oduya Architects",
            ("the practice wrote", "the practice"),
            ("the practice wrote", "wrote"),
        ),
        (
            "disappointed and frankly puzzled",
            "Simon Petch",
            "Simon Petch",
            ("said he was", "said"),
        ),
        ("The jury was unanimous,", "Simon Petch", ("Petch said", "Petch"), ("Petch said", "said")),
        (
            "We were told at the outset that cost had been built into the scoring. If it was always going to come down to the lowest fee, I don’t know why we were asked to spend two days judging design quality.",
            "Simon Petch",
            ("Petch said", "Petch"),
            ("Petch said", "said"),
        ),
        (
            "The competition identified a number of excellent proposals. Following detailed due diligence, the council concluded that the second-placed team offered the strongest combination of value and deliverability.",
            "Eastmarsh Borough Council",
            "An Eastmarsh Borough Council spokesperson",
            ("spokesperson said:", "said"),
        ),
        (
            "remains committed to reopening the lido in 2029",
            "Eastmarsh Borough Council",
            "The spokesperson",
            "added",
        ),
        (
            "less interested in whose name is on the drawings than in getting back in the water",
            "Friends of Bramwell Lido",
            "Friends of Bramwell Lido",
            ("said it was", "said"),
        ),
        (
            "We’ve waited twelve years. We were excited by the winning scheme, the winter lane especially, but if the other one gets built sooner, most of our members would take it.",
            "Maureen Quaye",
            "Maureen Quaye",
            ("Quaye, said:", "said"),
        ),
    ],
    ["Open Water", "winter lane", "the Bram"],
)

article(
    "blind47-en08",
    "en",
    """A rancher trades his grazing permit for a pension, and a fight

In southern Utah, a deal to retire the cattle from the Cottonwood Bench allotment has neighbors asking who gets to decide what public land is for.

Nell Caddigan | Dec. 7, 2026

Dale Whitmore at the corrals his grandfather built on the Cottonwood Bench allotment. Nell Caddigan/High Country News

On a cold morning in November, Dale Whitmore walked the fence line below the long, flat-topped mesa locals call “the Ironing Board” for what he figured was the last time as a permittee. He is 71. His knees are bad, his children live in Salt Lake City, and for the past decade the 9,400-acre Cottonwood Bench allotment has lost him money more years than it has made him any.
So when the Canyon Country Land Trust offered to buy his base ranch for $1.2 million, on the condition that he ask the Bureau of Land Management to retire his grazing permit, he said yes.
“I didn’t sell out. I sold,” he told me, leaning on the tailgate of his truck. “There’s a difference, and I’d like somebody to write it down.”
The deal relies on a process the agency calls “voluntary relinquishment,” in which a permittee gives up grazing privileges and asks that the land be managed for other uses.
Not everyone in Paria County sees it Whitmore’s way. In a letter to the BLM, signed by all three members, the county commission called the agreement “a backdoor land-use decision made without one vote from the people who live here.”
“Every permit retired is a family that doesn’t come back,” the letter reads. “Once the cows are gone, they are gone for good.”
“They’ll tell you it’s a willing seller and a willing buyer,” Commissioner Lyle Bybee said when I reached him by phone. “Fine. But the buyer isn’t the one who has to keep the school open.”
The land trust’s executive director, Anita Corrales, said the group had no plans to “lock the gate.”
“We’re not buying a place to keep people out. We’re buying time for a watershed that’s been running on empty,” Corrales said. Willows along Sixmile Wash on a neighboring allotment retired in 2015 had come back, she said, “in places you wouldn’t recognize.”
June Ashby runs 180 cow-calf pairs on the allotment to the east. She does not begrudge her neighbor the sale, but she worries about what comes next.
“Dale’s done right by that ground for fifty years. I’m not going to call him names,” Ashby said. “But when my banker hears ‘retired allotment’ next door, he hears ‘the ranches out here have a shelf life.’ That’s what scares me.”
Whitmore has heard the criticism at the post office and after church. Asked whether he regretted the sale, he took a long time to answer.
“No. I’d regret leaving my kids a ranch that bleeds money and a fight with the government over every cow.
“My granddad ran sheep up on the Ironing Board before there was a BLM. He’d understand. He’d be mad about it, but he’d understand,” he said finally.
A BLM spokesperson in the Utah State Office said the agency “has received the relinquishment request” and would “follow the process required under federal regulations,” including a public comment period that opens in January.
Whitmore said he will not be submitting a comment.
“I’ve said my piece,” he said. “Let the ground have a turn.”

Nell Caddigan is a correspondent for High Country News. Email her at editor@hcn.org or submit a letter to the editor.
SUPPORT INDEPENDENT JOURNALISM
Republish this story | Share""",
    [
        (
            "I didn’t sell out. I sold,",
            "Dale Whitmore",
            ("he told me", "he"),
            ("he told me", "told"),
        ),
        (
            "There’s a difference, and I’d like somebody to write it down.",
            "Dale Whitmore",
            ("he told me", "he"),
            ("he told me", "told"),
        ),
        (
            "a backdoor land-use decision made without one vote from the people who live here.",
            "Paria County Commission",
            "the county commission",
            "called",
        ),
        (
            "Every permit retired is a family that doesn’t come back,",
            "Paria County Commission",
            ("the letter reads", "the letter"),
            "reads",
        ),
        (
            "Once the cows are gone, they are gone for good.",
            "Paria County Commission",
            ("the letter reads", "the letter"),
            "reads",
        ),
        (
            "They’ll tell you it’s a willing seller and a willing buyer,",
            "Lyle Bybee",
            "Commissioner Lyle Bybee",
            ("Bybee said", "said"),
        ),
        (
            "Fine. But the buyer isn’t the one who has to keep the school open.",
            "Lyle Bybee",
            "Commissioner Lyle Bybee",
            ("Bybee said", "said"),
        ),
        ("lock the gate.", "Anita Corrales", "Anita Corrales", ("said the group", "said")),
        (
            "We’re not buying a place to keep people out. We’re buying time for a watershed that’s been running on empty,",
            "Anita Corrales",
            ("Corrales said", "Corrales"),
            ("Corrales said", "said"),
        ),
        (
            "in places you wouldn’t recognize.",
            "Anita Corrales",
            ("she said, “in", "she"),
            ("she said, “in", "said"),
        ),
        (
            "Dale’s done right by that ground for fifty years. I’m not going to call him names,",
            "June Ashby",
            ("Ashby said", "Ashby"),
            ("Ashby said", "said"),
        ),
        (
            "But when my banker hears ‘retired allotment’ next door, he hears ‘the ranches out here have a shelf life.’ That’s what scares me.",
            "June Ashby",
            ("Ashby said", "Ashby"),
            ("Ashby said", "said"),
        ),
        (
            "No. I’d regret leaving my kids a ranch that bleeds money and a fight with the government over every cow.",
            "Dale Whitmore",
            ("he said finally", "he"),
            ("he said finally", "said"),
        ),
        (
            "My granddad ran sheep up on the Ironing Board before there was a BLM. He’d understand. He’d be mad about it, but he’d understand,",
            "Dale Whitmore",
            ("he said finally", "he"),
            ("he said finally", "said"),
        ),
        (
            "has received the relinquishment request",
            "Bureau of Land Management",
            "A BLM spokesperson",
            ("said the agency", "said"),
        ),
        (
            "follow the process required under federal regulations,",
            "Bureau of Land Management",
            "A BLM spokesperson",
            ("said the agency", "said"),
        ),
        (
            "I’ve said my piece,",
            "Dale Whitmore",
            ("he said. “Let", "he"),
            ("he said. “Let", "said"),
        ),
        (
            "Let the ground have a turn.",
            "Dale Whitmore",
            ("he said. “Let", "he"),
            ("he said. “Let", "said"),
        ),
    ],
    ["the Ironing Board", "voluntary relinquishment,"],
)


def main() -> None:
    SET.write(Path(__file__).with_name("blind47_en.jsonl"), WORDS_RANGE)


if __name__ == "__main__":
    main()
