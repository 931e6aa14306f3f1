# ruff: noqa: E501, RUF001
# Prose articles with typographic quotation marks: the long lines and the marks are the data.
"""Builds blind28_en.jsonl: a twenty-eighth blind English quotation set (written for depeche, CC0).

Written from scratch by a helper who never read the quotes code, so that its score is an honest,
blind estimate of how ``depeche.quotes`` does on English news text nobody tuned it on. Every
story, person, place and organisation is invented (real countries and cities aside). Beats and
outlets imitated: a pool builder jailed over deposits (The Courier-Mail: a headline quote in
curly single marks with a cue, a dek, straight double marks in the body, a follow-on paragraph
with no cue, an accountant's email read in court, a nested nickname, a regulator's spokesman,
"Originally published as" residue), Band A electricity customers left in the dark (Punch,
Nigeria: "told our correspondent", "When contacted", Mrs known by a first name, a distribution
company's X post, a regulator's order, a campaign slogan, copyright residue), a county hospital's
broken dialysis machines (The Standard, Kenya: a headline quote, a multi-paragraph testimony, a
medical superintendent, a county health executive, an anonymous nurse, a ministry statement), an
apartment block marked for demolition over a stormwater drain (Deccan Herald: initials in names,
"alleged", a nested official's reassurance, a demolition notice, a campaign title, "(Published
... IST)" residue), a village primary school facing closure (Eastern Daily Press: British curly
single quotes as outer marks with apostrophes inside and inner double ones, a headline quote, an
interrupted quote, a headteacher's letter, a slogan on a pupil's poster), backyard cottages in a
state House committee (The Texas Tribune: party and town after names, a committee exchange with an uncued
question, a two-paragraph testimony, an unnamed Senate aide with a nested phrase, disclosure
residue), a schoolboy sprinter's hamstring (The Gleaner, Jamaica: a quote in the dek, a nickname
in marks, Jamaican Creole in quotes, a council release, an interrupted quote) and coral bleaching
around Penghu (Taipei Times: Chinese characters after names, a paper title in marks, a fisherman
by telephone, a bureau statement, a legislator, an unnamed official, a nested name for a site).
Campaign slogans, titles, nicknames and paper titles in marks are listed as non-quotes.
Gold conventions are those of build_dev.py.

Do not tune the extractor on this file: it measures, it does not teach. Run
``python tests/data/quotes/build_blind28_en.py`` after editing.
Bodies are named by their full name, also when the text gives a short one in brackets.
"""

from __future__ import annotations

from pathlib import Path

from build_dev import ArticleSet

SET = ArticleSet()
article = SET.article
WORDS_RANGE = (300, 650)


article(
    "blind28-en01",
    "en",
    """Pool builder who pocketed $1.2m in deposits ‘selfish and calculated’, judge says

A Gold Coast pool builder who kept signing up families while his company was broke will spend at least 18 months behind bars.

Ellie Vandermeer
3 min read
April 9, 2025 - 4:12PM

A Gold Coast pool builder who kept taking deposits from families long after he knew his business was insolvent has been jailed for four years.
Darren Keith Pollard, 47, pleaded guilty in the Southport District Court on Wednesday to 43 counts of fraud and one count of trading while insolvent over his company, Blue Horizon Pools and Spas.
Judge Miriam Ashdown said Pollard had been "selfish and calculated" and that his victims were "ordinary people saving for something nice for their kids".
"You looked these families in the eye, took their money and then stopped answering the phone," Judge Ashdown said.
"Some of them had drawn down on their mortgages. One couple used money they had set aside for their daughter's surgery."
The court heard Pollard, of Helensvale, took $1.23m in deposits between March 2022 and August 2023, when the company collapsed owing creditors more than $3m.
Crown prosecutor Liam Ferris told the court Pollard went on signing contracts "at a rate of about two a week" even after his own accountant warned him in writing that the company could not pay its debts.
The warning was tendered in court. "On current figures the business is insolvent and should not be accepting further deposits," the accountant wrote in an email dated November 14, 2022.
Darren Pollard leaves the Southport courthouse during an earlier appearance. Picture: Supplied
Defence barrister Rhianna Toohey said her client had been "drowning" and had genuinely believed a large commercial contract would save the business.
"He is not a man who set out to defraud anyone," Ms Toohey said. "He is a man who could not admit to his family, his staff or himself that it was over."
Pollard, who wept in the dock, read from a handwritten letter before he was sentenced.
"I let down people who trusted me. I think about them every day and I will pay back every cent I can," he said.
Judge Ashdown said she accepted his remorse was genuine, but that "words are cheap when the money is gone".
Outside court, Nerang mother of three Tasha Birrell said the sentence "doesn't give us our money back".
"We still have a hole in the backyard. Literally, a hole. The kids call it 'Darren's pit'," she said.
A spokesman for the state's building regulator, the Queensland Building Standards Commission (QBSC), said 29 of the families had received payouts under the statutory home warranty scheme.
"Claims from the remaining families are being assessed as a priority," the spokesman said.
Pollard will be eligible for parole in October 2026.
Read related topics:Gold Coast
Don't miss out on the headlines from Courts & Law. Followed categories will be added to My News.
Originally published as Gold Coast pool builder jailed over $1.2m deposit scam""",
    [
        ("selfish and calculated", "Miriam Ashdown", "judge", "says"),
        ("selfish and calculated", "Miriam Ashdown", "Judge Miriam Ashdown", "said"),
        (
            "ordinary people saving for something nice for their kids",
            "Miriam Ashdown",
            "Judge Miriam Ashdown",
            "said",
        ),
        (
            "You looked these families in the eye, took their money and then stopped answering the phone,",
            "Miriam Ashdown",
            "Judge Ashdown",
            "said",
        ),
        (
            "Some of them had drawn down on their mortgages. One couple used money they had set aside for their daughter's surgery.",
            "Miriam Ashdown",
            None,
            None,
        ),
        ("at a rate of about two a week", "Liam Ferris", "Crown prosecutor Liam Ferris", "told"),
        (
            "On current figures the business is insolvent and should not be accepting further deposits,",
            "accountant",
            "the accountant",
            "wrote",
        ),
        ("drowning", "Rhianna Toohey", "Defence barrister Rhianna Toohey", "said"),
        ("He is not a man who set out to defraud anyone,", "Rhianna Toohey", "Ms Toohey", "said"),
        (
            "He is a man who could not admit to his family, his staff or himself that it was over.",
            "Rhianna Toohey",
            "Ms Toohey",
            "said",
        ),
        (
            "I let down people who trusted me. I think about them every day and I will pay back every cent I can,",
            "Darren Keith Pollard",
            ("he said", "he"),
            "said",
        ),
        (
            "words are cheap when the money is gone",
            "Miriam Ashdown",
            "Judge Ashdown",
            "said",
        ),
        ("doesn't give us our money back", "Tasha Birrell", "Tasha Birrell", "said"),
        (
            "We still have a hole in the backyard. Literally, a hole. The kids call it 'Darren's pit',",
            "Tasha Birrell",
            ("she said", "she"),
            "said",
        ),
        (
            "Claims from the remaining families are being assessed as a priority,",
            "Queensland Building Standards Commission",
            "the spokesman",
            "said",
        ),
    ],
)

article(
    "blind28-en02",
    "en",
    """Band A customers lament poor supply as Lagos DisCo blames gas shortfall

By Damilola Ajayi
12th March 2025
Kindly share this story:

Electricity customers on the premium Band A tariff in parts of Lagos have decried what they called "daylight robbery", saying they now get fewer than 12 hours of power daily despite paying for at least 20 hours.
Residents of Magodo, Omole and Gbagada who spoke with The PUNCH on Tuesday said the outages had worsened since the beginning of the month.
A businessman in Omole Phase 2, Mr Kunle Adebanjo, said he had spent N180,000 on diesel in two weeks.
"I pay for Band A, but I am getting Band C supply. Sometimes the light goes off at 7pm and does not come back until the next afternoon. Who will refund me for the diesel?" he asked.
Another resident, a caterer who gave her name simply as Mrs Folake, lamented that two of her freezers had packed up within a fortnight.
"My foodstuffs are spoiling. I have told my customers that I cannot take big orders again until this thing is sorted out," she said.
READ ALSO: Gas suppliers threaten to cut supply over N1.2tn debt
When contacted, the spokesperson for Ogun-Lagos Electricity Distribution Plc (OLEDC), Mrs Blessing Udeh-Nwosu, attributed the situation to "a sharp drop in gas supply to generating companies", which she said had reduced the company's allocation from the national grid.
"We are not deliberately starving Band A feeders. Our allocation dropped from about 680 megawatts to less than 400 megawatts in the past ten days, and we have to share what we get," Udeh-Nwosu said.
She added, "Once allocation improves, customers will see the difference immediately. We appeal for patience."
The company had earlier, in a post on its X handle, said it was "working round the clock with relevant stakeholders to restore normal supply".
But the Federal Electricity Standards Commission (FESC) has insisted that distribution companies which fail to meet the supply hours of a band must downgrade the affected feeders.
In an order dated March 3, 2025, the commission said, "Any feeder that fails to deliver the minimum supply hours for its band for seven consecutive days shall be migrated to the appropriate band, and affected customers shall be compensated through energy credits."
An energy analyst with the Centre for Energy Policy and Accountability, Dr Ifeoma Chukwuemeka, told our correspondent that the problem was "structural, not seasonal".
"Gas producers are owed, generating companies are owed, and everybody is passing the bill down the chain. The customer in Band A is simply the last person in the queue," she said.
The chairman of the Lagos chapter of the Electricity Consumers Rights Forum, Comrade Tunde Bakare-Olatunji, said the forum would drag the DisCo before the commission if nothing changed by the end of the month.
"Enough is enough. We have written letters, we have held meetings. Next time, we will meet them at the commission," he stated.
Residents of Magodo have since started a campaign tagged "No Light, No Pay", urging neighbours to withhold payment until supply improves.
Copyright PUNCH.
All rights reserved. This material, and other digital content on this website, may not be reproduced, published, broadcast, rewritten or redistributed in whole or in part without prior express written permission from PUNCH.""",
    [
        ("daylight robbery", "customers", "Electricity customers", "called"),
        (
            "I pay for Band A, but I am getting Band C supply. Sometimes the light goes off at 7pm and does not come back until the next afternoon. Who will refund me for the diesel?",
            "Kunle Adebanjo",
            ("he asked", "he"),
            "asked",
        ),
        (
            "My foodstuffs are spoiling. I have told my customers that I cannot take big orders again until this thing is sorted out,",
            "Folake",
            ("she said", "she"),
            "said",
        ),
        (
            "a sharp drop in gas supply to generating companies",
            "Blessing Udeh-Nwosu",
            "Mrs Blessing Udeh-Nwosu",
            "attributed",
        ),
        (
            "We are not deliberately starving Band A feeders. Our allocation dropped from about 680 megawatts to less than 400 megawatts in the past ten days, and we have to share what we get,",
            "Blessing Udeh-Nwosu",
            "Udeh-Nwosu",
            "said",
        ),
        (
            "Once allocation improves, customers will see the difference immediately. We appeal for patience.",
            "Blessing Udeh-Nwosu",
            ("She added", "She"),
            "added",
        ),
        (
            "working round the clock with relevant stakeholders to restore normal supply",
            "Ogun-Lagos Electricity Distribution Plc",
            "The company",
            "said",
        ),
        (
            "Any feeder that fails to deliver the minimum supply hours for its band for seven consecutive days shall be migrated to the appropriate band, and affected customers shall be compensated through energy credits.",
            "Federal Electricity Standards Commission",
            "the commission",
            "said",
        ),
        ("structural, not seasonal", "Ifeoma Chukwuemeka", "Dr Ifeoma Chukwuemeka", "told"),
        (
            "Gas producers are owed, generating companies are owed, and everybody is passing the bill down the chain. The customer in Band A is simply the last person in the queue,",
            "Ifeoma Chukwuemeka",
            ("she said", "she"),
            "said",
        ),
        (
            "Enough is enough. We have written letters, we have held meetings. Next time, we will meet them at the commission,",
            "Tunde Bakare-Olatunji",
            ("he stated", "he"),
            "stated",
        ),
    ],
    ["No Light, No Pay"],
)

article(
    "blind28-en03",
    "en",
    """“We are dying in the queue”: Kidney patients stranded as dialysis machines break down

By Julius Kiprotich | March 18th 2025 | 3 min read

More than 60 kidney patients at Lake Ridge County Referral Hospital in Nakuru are now forced to travel to Nairobi and Eldoret for dialysis after seven of the facility's nine machines broke down.
Patients who spoke to The Standard said some had missed sessions for up to two weeks, a situation doctors warn could be fatal.
Josephine Chebet, 52, who has been on dialysis for three years, said she now spends Sh6,000 on transport every week.
“I used to come here twice a week and go home the same day. Now I leave Molo at 3am to reach Nairobi, and some days they tell us the machines there are also full,” she said.
“We are dying in the queue. Each week someone does not come back.
“Last month we buried two of our members. They were not old people. One was a boda boda rider of 34,” Chebet added.
Patients wait at the renal unit of Lake Ridge County Referral Hospital on March 17, 2025. [Harrison Mwangi, Standard]
The hospital's medical superintendent, Dr Amos Kiplagat, confirmed the breakdown, saying spare parts had been ordered “but the supplier wants to be paid first”.
“We owe the supplier about Sh38 million from the last financial year. They will not service the machines until we clear part of that debt, and the county has not released the money,” said Kiplagat.
A nurse at the unit, who sought anonymity for fear of victimisation, said staff had been forced to ration sessions.
“We choose who gets the working machines. It is the hardest thing I have done in 14 years of nursing,” the nurse said.
Nakuru County Health Executive Grace Wambui Mutai said the county treasury would release Sh15 million “within the week”.
“We have prioritised the renal unit. I have personally spoken to the supplier and they have agreed to send engineers once the first payment goes through,” Mutai told journalists at her office on Monday.
She, however, dismissed claims that patients had died as a result of the breakdown. “Those are allegations that we are investigating. I cannot confirm that any death is linked to the machines,” she said.
The Kenya Renal Nurses Association described the situation as “a national shame” and asked the national government to step in.
“The nurses in that unit are trained and ready. What they lack is machines, not skill,” said the association's chairperson, Nancy Auma Otieno.
In a statement, the Ministry of Health said it was “aware of the challenges” facing the facility and would deploy two mobile dialysis units to Nakuru by the end of the month.
Related Topics
Nakuru County
Dialysis
Kidney Disease""",
    [
        ("We are dying in the queue", "Josephine Chebet", None, None),
        (
            "I used to come here twice a week and go home the same day. Now I leave Molo at 3am to reach Nairobi, and some days they tell us the machines there are also full,",
            "Josephine Chebet",
            ("she said", "she"),
            "said",
        ),
        (
            "We are dying in the queue. Each week someone does not come back.",
            "Josephine Chebet",
            ("Chebet added", "Chebet"),
            "added",
        ),
        (
            "Last month we buried two of our members. They were not old people. One was a boda boda rider of 34,",
            "Josephine Chebet",
            ("Chebet added", "Chebet"),
            "added",
        ),
        ("but the supplier wants to be paid first", "Amos Kiplagat", "Dr Amos Kiplagat", "saying"),
        (
            "We owe the supplier about Sh38 million from the last financial year. They will not service the machines until we clear part of that debt, and the county has not released the money,",
            "Amos Kiplagat",
            "Kiplagat",
            "said",
        ),
        (
            "We choose who gets the working machines. It is the hardest thing I have done in 14 years of nursing,",
            "nurse",
            "the nurse",
            "said",
        ),
        ("within the week", "Grace Wambui Mutai", "Grace Wambui Mutai", "said"),
        (
            "We have prioritised the renal unit. I have personally spoken to the supplier and they have agreed to send engineers once the first payment goes through,",
            "Grace Wambui Mutai",
            "Mutai",
            "told",
        ),
        (
            "Those are allegations that we are investigating. I cannot confirm that any death is linked to the machines,",
            "Grace Wambui Mutai",
            ("she said", "she"),
            "said",
        ),
        (
            "a national shame",
            "Kenya Renal Nurses Association",
            "The Kenya Renal Nurses Association",
            "described",
        ),
        (
            "The nurses in that unit are trained and ready. What they lack is machines, not skill,",
            "Nancy Auma Otieno",
            "Nancy Auma Otieno",
            "said",
        ),
        ("aware of the challenges", "Ministry of Health", "the Ministry of Health", "said"),
    ],
)

article(
    "blind28-en04",
    "en",
    """Mahadevapura residents up in arms as civic body marks apartment for demolition

Officials say a 1.2-km stretch of the stormwater drain was narrowed by encroachments; residents blame the civic body’s own sanction

DHNS
Last Updated: 14 June 2025, 03:11 IST
Follow us on :

Bengaluru: Residents of a 96-flat apartment complex in Mahadevapura spent Friday morning outside the zonal office of the Bengaluru Urban Civic Corporation (BUCC) after the civic body marked part of their building for demolition.
Officials said the complex’s boundary wall, a clubhouse and 11 flats in one block stood on the buffer zone of a primary stormwater drain that flooded the area twice last year.
“We bought these flats with a sanctioned plan and bank loans. If the buffer was violated, who approved it? Punish those officials first,” said S Lakshmi Narayan, president of the Sunrise Meadows Apartment Owners’ Welfare Association.
“When I checked in 2019, the engineer at the ward office told me, ‘Madam, everything is clear, don’t worry.’ Now the same office says we are encroachers,” said Priya Ramachandran, a software professional who lives on the fourth floor.
The notice issued by the BUCC, a copy of which is with DH, states that owners must vacate “within 15 days of receipt of this notice, failing which the structures shall be removed at the owners’ risk and cost”.
BUCC Chief Commissioner T N Prabhakar Rao said the corporation was only implementing a High Court order and that the survey had been carried out “jointly with the revenue department”.
“The law is the same for a slum and a gated community. We have removed 212 encroachments on drains this year, and most of those were small houses,” Rao told DH.
“Nobody wants to demolish homes. But the next flood will not check who has a sale deed.”
Former corporator of Hoodi ward B Venkatesh Gowda alleged that officials had “selectively” marked buildings, sparing a commercial complex on the opposite bank of the drain.
Rao denied the charge. “Every structure inside the buffer has been marked, commercial or residential. The survey map is public,” he said.
The builder, Greenfield Habitat Pvt Ltd, said in a statement that the plan was sanctioned in 2014 “after due verification by the very same civic body” and that it would “extend all legal support” to the residents.
Urban planner Meera Sundaresh, who heads the Centre for Urban Ecology, said both the builder and the civic body were to blame. She called the drain buffer “the most violated line on any map in Bengaluru”.
“Sanctions were given on maps that did not show the drain correctly. The residents are the last link in a long chain of failures,” she said.
The residents have launched a signature campaign titled “Save Our Homes, Fix the Drains” and plan to approach the High Court next week.
Get a round-up of the day’s top stories in your inbox
(Published 14 June 2025, 03:11 IST)""",
    [
        (
            "We bought these flats with a sanctioned plan and bank loans. If the buffer was violated, who approved it? Punish those officials first,",
            "S Lakshmi Narayan",
            "S Lakshmi Narayan",
            "said",
        ),
        (
            "When I checked in 2019, the engineer at the ward office told me, ‘Madam, everything is clear, don’t worry.’ Now the same office says we are encroachers,",
            "Priya Ramachandran",
            "Priya Ramachandran",
            "said",
        ),
        (
            "within 15 days of receipt of this notice, failing which the structures shall be removed at the owners’ risk and cost",
            "Bengaluru Urban Civic Corporation",
            ("issued by the BUCC", "BUCC"),
            "states",
        ),
        ("jointly with the revenue department", "T N Prabhakar Rao", "T N Prabhakar Rao", "said"),
        (
            "The law is the same for a slum and a gated community. We have removed 212 encroachments on drains this year, and most of those were small houses,",
            "T N Prabhakar Rao",
            "Rao",
            "told",
        ),
        (
            "Nobody wants to demolish homes. But the next flood will not check who has a sale deed.",
            "T N Prabhakar Rao",
            None,
            None,
        ),
        ("selectively", "B Venkatesh Gowda", "B Venkatesh Gowda", "alleged"),
        (
            "Every structure inside the buffer has been marked, commercial or residential. The survey map is public,",
            "T N Prabhakar Rao",
            ("he said", "he"),
            "said",
        ),
        (
            "after due verification by the very same civic body",
            "Greenfield Habitat Pvt Ltd",
            "Greenfield Habitat Pvt Ltd",
            "said",
        ),
        (
            "extend all legal support",
            "Greenfield Habitat Pvt Ltd",
            "Greenfield Habitat Pvt Ltd",
            "said",
        ),
        (
            "the most violated line on any map in Bengaluru",
            "Meera Sundaresh",
            ("She called", "She"),
            "called",
        ),
        (
            "Sanctions were given on maps that did not show the drain correctly. The residents are the last link in a long chain of failures,",
            "Meera Sundaresh",
            ("she said", "she"),
            "said",
        ),
    ],
    ["Save Our Homes, Fix the Drains"],
)

article(
    "blind28-en05",
    "en",
    """‘Heart will be ripped out of our village’ if school closes, parents warn

Daniel Frost
Education correspondent
Published: 6:00 AM March 14, 2025

Parents at a tiny north Norfolk primary school facing closure have vowed to fight the plans, warning that the village would lose ‘the one place where everybody still meets’.
Little Ossington Church of England Primary School has 31 pupils on its roll, down from 74 a decade ago. The Broadland Valley Learning Trust, which runs the school, has launched a six-week consultation on closing it in August 2026.
The trust’s chief executive, Dr Helen Marchbank, said: ‘No trust ever wants to close a village school. But we have a duty to every child, and a school of 31 pupils spread across seven year groups cannot offer the breadth of curriculum they deserve.’
She added that pupils would be offered places at Holtham Primary, four miles away, with free transport ‘for as long as they attend’.
Parents outside Little Ossington CE Primary School, which could close next year. Picture: Hattie Lindqvist
Mother-of-two Gemma Royle, whose children are in Reception and Year 3, said the consultation felt like ‘a done deal’.
‘At the first meeting they told us, “Nothing has been decided,”’ she said. ‘Then they handed out a leaflet with the new bus timetable on it. You can’t tell me that’s not decided.’
Her son Toby, seven, has made a poster reading ‘Keep Our School Open’ which now hangs on the school gate.
In a letter to families last week, headteacher Rachel Okonedo wrote: ‘Whatever the outcome of the consultation, our focus will remain on your children, who continue to amaze us every day.’
District councillor Martin Crisp, who represents the village, said the closure would be ‘the beginning of the end’ for Little Ossington.
‘Young families won’t move somewhere without a school. The pub went in 2019, the shop went in 2022, and now this,’ he said.
‘I’ve had grandparents in tears on the phone to me. These are people whose own children went there.’
Read more: Norfolk school bus contract scrapped weeks before start of term
The school, which sits beside St Botolph’s church, was rated good at its last inspection. Parents say the trust has not explained why it cannot share a headteacher with a neighbouring school, as many small rural schools do.
A spokeswoman for the trust said every response would be ‘considered carefully’ and that a final decision would be taken by its board in May.
A public meeting will be held at Little Ossington village hall on Thursday, March 20, at 7pm.
Sign up to our free education newsletter for the latest news from schools across Norfolk and Waveney""",
    [
        ("Heart will be ripped out of our village", "parents", "parents", "warn"),
        ("the one place where everybody still meets", "parents", "Parents", "warning"),
        (
            "No trust ever wants to close a village school. But we have a duty to every child, and a school of 31 pupils spread across seven year groups cannot offer the breadth of curriculum they deserve.",
            "Helen Marchbank",
            "Dr Helen Marchbank",
            "said",
        ),
        ("for as long as they attend", "Helen Marchbank", "She", "added"),
        ("a done deal", "Gemma Royle", "Mother-of-two Gemma Royle", "said"),
        (
            "At the first meeting they told us, “Nothing has been decided,”",
            "Gemma Royle",
            ("she said", "she"),
            "said",
        ),
        (
            "Then they handed out a leaflet with the new bus timetable on it. You can’t tell me that’s not decided.",
            "Gemma Royle",
            ("she said", "she"),
            "said",
        ),
        (
            "Whatever the outcome of the consultation, our focus will remain on your children, who continue to amaze us every day.",
            "Rachel Okonedo",
            "headteacher Rachel Okonedo",
            "wrote",
        ),
        ("the beginning of the end", "Martin Crisp", "District councillor Martin Crisp", "said"),
        (
            "Young families won’t move somewhere without a school. The pub went in 2019, the shop went in 2022, and now this,",
            "Martin Crisp",
            ("he said", "he"),
            "said",
        ),
        (
            "I’ve had grandparents in tears on the phone to me. These are people whose own children went there.",
            "Martin Crisp",
            None,
            None,
        ),
        (
            "considered carefully",
            "Broadland Valley Learning Trust",
            "A spokeswoman for the trust",
            "said",
        ),
    ],
    ["Keep Our School Open"],
)

article(
    "blind28-en06",
    "en",
    """Texas House panel advances bill letting homeowners build backyard cottages over cities’ objections

Supporters say the measure would add housing without new subdivisions. City officials call it an end run around local zoning.

by Marisol Treviño
April 2, 2025
5:00 AM Central

A Texas House committee on Tuesday advanced a bill that would bar large cities from blocking homeowners who want to build a small second home in their backyards — a measure supporters say could ease the state’s housing shortage and critics call “a bulldozer aimed at local control.”
House Bill 2817, by state Rep. Dalton Greer, R-McKinney, would require cities with more than 75,000 residents to allow one accessory dwelling unit on every single-family lot and would cap permit fees at $1,000. The House Housing and Local Affairs Committee voted 8-3 to send it to the full House.
“If you own the land, you ought to be able to build a place for your mother-in-law or your kid coming home from college without begging City Hall for permission,” Greer told the committee.
The hearing grew testy when state Rep. Celia Montoya, D-El Paso, pressed Greer on how older neighborhoods would cope.
“What happens to a street where every lot doubles overnight?” Montoya asked.
“It won’t double overnight,” Greer replied. “In every city that has done this, a few percent of owners build one. That’s what the data shows.”
“And the parking?”
“Parking is a real concern, and I’m open to an amendment on it,” Greer said.
Sign up for The Brief, The Texas Tribune’s daily newsletter that keeps readers up to speed on the most essential Texas news.
Cities lined up against the bill. Brent Holloway, a lobbyist for the Texas Association of Cities and Towns, testified that it was “a one-size-fits-all mandate written for Austin and imposed on Amarillo.”
“Our members are not against granny flats. They are against the Legislature deciding what goes on a lot in Lubbock,” Holloway said.
Loretta Gaines, a retired teacher from Waco, told lawmakers she had spent 14 months trying to get permission to build a cottage for her adult son, who uses a wheelchair.
“I was told no by three different offices, and each one told me the problem was in another office. I paid an architect twice.
“My son is 41 years old. He doesn’t need to live in my house. He needs to live next to it,” she said.
Priya Ostrowski, policy director at the nonprofit Homes for Texans Coalition, said the bill was “modest by national standards” and noted that several Western states already require cities to allow such units.
The bill faces a tougher path in the Senate. A Senate aide familiar with the negotiations, who spoke on condition of anonymity because talks were ongoing, said the upper chamber’s version would likely apply only to cities of more than 250,000 people.
“The Senate is not going to pass anything that reads like ‘Austin wins’ in the title,” the aide said.
Greer said after the vote that he was “confident we’ll find a landing spot” before the session ends June 2.
Disclosure: Homes for Texans Coalition and the Texas Association of Cities and Towns have been financial supporters of The Texas Tribune, a nonprofit, nonpartisan news organization that is funded in part by donations from members, foundations and corporate sponsors. Financial supporters play no role in the Tribune’s journalism.""",
    [
        ("a bulldozer aimed at local control.", "critics", "critics", "call"),
        (
            "If you own the land, you ought to be able to build a place for your mother-in-law or your kid coming home from college without begging City Hall for permission,",
            "Dalton Greer",
            "Greer",
            "told",
        ),
        (
            "What happens to a street where every lot doubles overnight?",
            "Celia Montoya",
            "Montoya",
            "asked",
        ),
        ("It won’t double overnight,", "Dalton Greer", "Greer", "replied"),
        (
            "In every city that has done this, a few percent of owners build one. That’s what the data shows.",
            "Dalton Greer",
            "Greer",
            "replied",
        ),
        ("And the parking?", "Celia Montoya", None, None),
        (
            "Parking is a real concern, and I’m open to an amendment on it,",
            "Dalton Greer",
            "Greer",
            "said",
        ),
        (
            "a one-size-fits-all mandate written for Austin and imposed on Amarillo.",
            "Brent Holloway",
            "Brent Holloway",
            "testified",
        ),
        (
            "Our members are not against granny flats. They are against the Legislature deciding what goes on a lot in Lubbock,",
            "Brent Holloway",
            "Holloway",
            "said",
        ),
        (
            "I was told no by three different offices, and each one told me the problem was in another office. I paid an architect twice.",
            "Loretta Gaines",
            ("she said", "she"),
            "said",
        ),
        (
            "My son is 41 years old. He doesn’t need to live in my house. He needs to live next to it,",
            "Loretta Gaines",
            ("she said", "she"),
            "said",
        ),
        ("modest by national standards", "Priya Ostrowski", "Priya Ostrowski", "said"),
        (
            "The Senate is not going to pass anything that reads like ‘Austin wins’ in the title,",
            "aide",
            "the aide",
            "said",
        ),
        ("confident we’ll find a landing spot", "Dalton Greer", "Greer", "said"),
    ],
)

article(
    "blind28-en07",
    "en",
    """Whyte out of 100m final as hamstring flares up

‘Nobody overworked that youth,’ says coach

Kimani Forbes/Gleaner Writer

Mount Pleasant Technical High sprint sensation Romario Whyte will miss tonight's Class One 100m final after aggravating a hamstring injury in yesterday's semi-finals at the National Stadium.
Whyte, 18, pulled up about 40 metres into the second semi-final, clutching the back of his right thigh, as a hush fell over the Mount Pleasant section of the stands.
"Mi feel it grab mi inna the drive phase. Mi try run through it, but it just lock up," a visibly emotional Whyte told The Gleaner in the mixed zone. "Mi cyaan believe seh it happen now, after all the work."
Romario Whyte of Mount Pleasant Technical High grimaces after pulling up in the Class One 100m semi-finals at the National Stadium yesterday. Contributed photo
Mount Pleasant head coach Everton "Bunny" Samuels rejected suggestions that the teenager had been over-raced, having competed at four meets in five weekends since February.
"Nobody overworked that youth," Samuels insisted. "We manage him from September. Every meet him run was in the plan, and the plan was sent to the medical team."
Team physiotherapist Dr Simone Lyn-Gordon said the injury appeared to be "a grade one strain at worst" and that Whyte should be back on the track "in three to four weeks".
"He is young and he heals fast. The worst thing we could do is let him run tonight and turn a small problem into a season-ending one," she explained.
RELATED ARTICLES
Champs 2025: Girls' sprint hurdles heats produce three records
Greenvale College's Tajay Brissett, who topped the semi-finals in 10.18 seconds, said the final would "not be the same" without his rival.
"Romario is mi bredren. Mi did want to beat him in the final, not like this," Brissett said. "Tonight, I'm running for both of us."
The Inter-Secondary Schools Sports Council (ISSC), which organises the championships, said in a release yesterday that member schools had been "reminded on several occasions" of its guidelines on pre-championship competition.
"The council will review the number of meets entered by athletes in all classes when the championships are over," the ISSC added.
Former national junior coach Lennox Grant, now a television analyst, said the schoolboy sprint system had "a burnout problem, and everybody knows it".
"Every year we lose two or three of the best ones before they reach 20. Then we wonder why the seniors are thin," Grant said.
Whyte, who has accepted a scholarship to an American university, said he would be in the stands tonight. "Mi a go cheer for mi teammates dem. Mi soon come back."
Sponsored Content""",
    [
        ("Nobody overworked that youth,", "Everton Samuels", "coach", "says"),
        (
            "Mi feel it grab mi inna the drive phase. Mi try run through it, but it just lock up,",
            "Romario Whyte",
            ("emotional Whyte", "Whyte"),
            "told",
        ),
        (
            "Mi cyaan believe seh it happen now, after all the work.",
            "Romario Whyte",
            ("emotional Whyte", "Whyte"),
            "told",
        ),
        ("Nobody overworked that youth,", "Everton Samuels", "Samuels", "insisted"),
        (
            "We manage him from September. Every meet him run was in the plan, and the plan was sent to the medical team.",
            "Everton Samuels",
            "Samuels",
            "insisted",
        ),
        ("a grade one strain at worst", "Simone Lyn-Gordon", "Dr Simone Lyn-Gordon", "said"),
        ("in three to four weeks", "Simone Lyn-Gordon", "Dr Simone Lyn-Gordon", "said"),
        (
            "He is young and he heals fast. The worst thing we could do is let him run tonight and turn a small problem into a season-ending one,",
            "Simone Lyn-Gordon",
            ("she explained", "she"),
            "explained",
        ),
        ("not be the same", "Tajay Brissett", "Tajay Brissett", "said"),
        (
            "Romario is mi bredren. Mi did want to beat him in the final, not like this,",
            "Tajay Brissett",
            "Brissett",
            "said",
        ),
        ("Tonight, I'm running for both of us.", "Tajay Brissett", "Brissett", "said"),
        (
            "reminded on several occasions",
            "Inter-Secondary Schools Sports Council",
            "The Inter-Secondary Schools Sports Council",
            "said",
        ),
        (
            "The council will review the number of meets entered by athletes in all classes when the championships are over,",
            "Inter-Secondary Schools Sports Council",
            ("the ISSC added", "ISSC"),
            "added",
        ),
        ("a burnout problem, and everybody knows it", "Lennox Grant", "Lennox Grant", "said"),
        (
            "Every year we lose two or three of the best ones before they reach 20. Then we wonder why the seniors are thin,",
            "Lennox Grant",
            "Grant",
            "said",
        ),
        (
            "Mi a go cheer for mi teammates dem. Mi soon come back.",
            "Romario Whyte",
            "Whyte",
            "said",
        ),
    ],
    ["Bunny"],
)

article(
    "blind28-en08",
    "en",
    """Warming seas bleach half of Penghu’s shallow corals: study

RECORD HEAT: Sea surface temperatures around the archipelago stayed above 30°C for 41 days last summer, the highest count since monitoring began, researchers said

By Lin Hsiao-yun / Staff reporter

About 52 percent of shallow-water corals surveyed around Penghu County last summer showed signs of bleaching, the highest proportion since monitoring began in 2008, a study published yesterday showed.
The study, conducted by the Penghu Marine Research Institute and Southern Taiwan Ocean University, is titled “Thermal stress and bleaching thresholds in a subtropical reef system” and drew on surveys at 38 sites.
Lead author Chen Wei-ting (陳薇婷), an associate research fellow at the institute, said sea surface temperatures around the archipelago stayed above 30°C for 41 consecutive days in July and August.
“Corals in Penghu are used to cold winters, so people assumed they were tougher than reefs further south. What we found is that they have a narrower margin in summer, not a wider one,” Chen told a news conference in Taipei.
Whether the reefs recover depends largely on the coming summer, she said, adding: “One bad year, a reef can survive. Two in a row, and you start to lose colonies that are hundreds of years old.”
“Our divers now call one site off Wangan ‘the cemetery.’ That is not a word scientists like to use,” Chen said.
Hu Chin-shui (胡金水), who has fished off Cimei Township for four decades, said by telephone that he had seen “white patches everywhere” while diving for sea urchins last year.
“When I was young the water was so clear you could see the colors from the boat. Last year it looked like someone had poured milk on the rocks,” Hu said.
The Coastal Resources Bureau said in a statement that it would expand no-take zones around the worst-hit sites and “review fishing permits in the most affected areas.”
A bureau official, who asked not to be named as they were not authorized to speak to the media, said the review could take “at least a year,” citing objections from local fishing associations.
Democratic Progressive Party (DPP) Legislator Kuo Yen-ling (郭燕翎), who represents Penghu, said the government had been “far too slow” and called for a special budget for reef restoration.
“We talk about climate targets for 2050, but the reefs in my constituency will not wait for 2050,” Kuo said.
Marine ecologist Wang Tzu-hao (王子豪), who was not involved in the study, said the findings were “consistent with what we see in Kenting,” but cautioned that many bleached corals “can and do recover if the water cools in time.”
Comments will be moderated. Keep comments relevant to the article. Remarks containing abusive and obscene language, personal attacks of any kind or promotion will be removed and the user banned.""",
    [
        (
            "Corals in Penghu are used to cold winters, so people assumed they were tougher than reefs further south. What we found is that they have a narrower margin in summer, not a wider one,",
            "Chen Wei-ting",
            "Chen",
            "told",
        ),
        (
            "One bad year, a reef can survive. Two in a row, and you start to lose colonies that are hundreds of years old.",
            "Chen Wei-ting",
            ("she said, adding", "she"),
            "adding",
        ),
        (
            "Our divers now call one site off Wangan ‘the cemetery.’ That is not a word scientists like to use,",
            "Chen Wei-ting",
            "Chen",
            "said",
        ),
        ("white patches everywhere", "Hu Chin-shui", "Hu Chin-shui", "said"),
        (
            "When I was young the water was so clear you could see the colors from the boat. Last year it looked like someone had poured milk on the rocks,",
            "Hu Chin-shui",
            "Hu",
            "said",
        ),
        (
            "review fishing permits in the most affected areas.",
            "Coastal Resources Bureau",
            "The Coastal Resources Bureau",
            "said",
        ),
        ("at least a year,", "official", "A bureau official", "said"),
        ("far too slow", "Kuo Yen-ling", "Kuo Yen-ling", "said"),
        (
            "We talk about climate targets for 2050, but the reefs in my constituency will not wait for 2050,",
            "Kuo Yen-ling",
            "Kuo",
            "said",
        ),
        ("consistent with what we see in Kenting,", "Wang Tzu-hao", "Wang Tzu-hao", "said"),
        (
            "can and do recover if the water cools in time.",
            "Wang Tzu-hao",
            "Wang Tzu-hao",
            "cautioned",
        ),
    ],
    ["Thermal stress and bleaching thresholds in a subtropical reef system"],
)


def main() -> None:
    SET.write(Path(__file__).with_name("blind28_en.jsonl"), WORDS_RANGE)


if __name__ == "__main__":
    main()
