# ruff: noqa: E501, RUF001
# Prose articles with typographic quotation marks: the long lines and the marks are the data.
"""Builds blind29_en.jsonl: a twenty-ninth blind English quotation set (written for depeche, CC0).

Written from scratch by a helper who never read the quotes code, so that its score is an honest,
blind estimate of how ``depeche.quotes`` does on English news text nobody tuned it on. Every
story, person, place and organisation is invented (real countries and cities aside). Beats and
outlets imitated: a fish processor fined after a worker's hand injury (The Press and Journal,
Aberdeen: a sheriff court, a headline quote in curly single marks with a cue, straight double
marks in the body with a nested supervisor's remark, an interrupted two-paragraph fiscal's quote,
a maintenance manager's email, a victim statement over two paragraphs, a safety procedure name),
a council axing a Welsh-language theatre's grant (Nation.Cymru: a headline quote with no cue, a
follow-on paragraph, a Welsh-language quote, a petition and a play title, an MS's letter, a
council spokesperson, "Support our Nation" residue), hail flattening crops in southwest Manitoba
(Winnipeg Free Press: surnames without honorifics, a crop insurer with its initials in brackets,
an emailed statement, a minister, an unnamed adjuster, "Report Error Submit a Tip" residue), a
citrus packhouse strike (News24: straight marks, summary bullets with a partial quote, a union
with its initials in brackets, a placard slogan, a police captain, a union statement, an
anonymous neighbouring manager, "READ |" residue), a drivers' fare hike (Graphic Online, Ghana:
a headline quote with "says Ministry", Mr/Mrs/Madam, "According to him", "he stated", "she
lamented", a ministry statement, a driver known by a first name), emergency department waits
(Malay Mail: a dateline with an em dash, a Chinese name used by surname, a Malay name used by
given name, Datuk, an anonymous medical officer, a nested wife's plea, a ministry statement,
tags residue), a collegiate volleyball final (The Philippine Star: straight marks, Taglish, a
nickname in marks, a coach's follow-on with no cue, a commissioner with "Atty."), and a Vermont
town meeting over an old road grader (The New Yorker, Talk of the Town: Mr./Ms., diaereses, a
nickname in marks, a floor exchange with an uncued answer, an interrupted moderator, an
auditor's report, a print-edition headline). Safety procedures, slogans, petition and play
titles, nicknames and headlines in marks are listed as non-quotes.
Gold conventions are those of build_dev.py.

Do not tune the extractor on this file: it measures, it does not teach. Run
``python tests/data/quotes/build_blind29_en.py`` after editing.
Bodies are named by their full name, also when the text gives a short one in brackets.
"""

from __future__ import annotations

from pathlib import Path

from build_dev import ArticleSet

SET = ArticleSet()
article = SET.article
WORDS_RANGE = (300, 650)


article(
    "blind29-en01",
    "en",
    """Sheriff tells Peterhead fish firm: ‘You gambled with a worker’s hand’

Broch Seafoods fined £160,000 after father-of-two lost three fingers in skinning machine

By Fiona Leask
March 14 2024, 5.45pm Updated: March 14 2024, 6.10pm

Share

A Peterhead fish processor has been fined £160,000 after a worker lost three fingers in a skinning machine whose safety guard had been taped open for months.
Broch Seafoods Ltd admitted breaching health and safety legislation when it appeared at Peterhead Sheriff Court yesterday.
The court heard that Dariusz Nowak, 41, was clearing a jam in the machine during a night shift in February 2022 when the rollers dragged his left hand in.
Fiscal depute Callum Rennie said the guard's interlock had been "deliberately defeated" with insulating tape so that the line would not stop every time the cover was lifted.
"This was not a one-off lapse," Mr Rennie told the court. "Supervisors knew about the tape, the engineers knew about the tape, and nobody removed it.
"One shift supervisor told investigators: 'If we stopped every time, we'd never hit the numbers.' That, I'm afraid, was the culture on the floor."
Peterhead Sheriff Court. Image: Moray Gault
He said an email sent by the firm's maintenance manager, Gordon Buchan, six weeks before the accident had described the skinner as "an accident waiting to happen". Nobody acted on it.
Mr Nowak, who has two young daughters, spent 11 days in hospital in Aberdeen and has had three operations.
In a victim statement read to the court, he said: "I was a filleter for 19 years. It is the only job I know, and now I cannot hold a knife properly.
"My youngest asks me why I don't play guitar with her any more. I don't have an answer for her."
Defence solicitor Iain Strachan said the company had "learned a very hard lesson" and had since spent £85,000 on new guarding and a "Stop, Isolate, Clear" procedure for every line.
"My clients are a family business. They employ 140 people in the town and they are genuinely mortified by what happened to Mr Nowak," he said.
Sheriff Morag Lindsay said she had given the firm credit for its early guilty plea and its co-operation with the investigation.
"But let me be clear," the sheriff said. "Somebody decided that production mattered more than a man's hand. That decision was the company's to make, and it made the wrong one. You gambled with a worker's hand, and he lost."
She reduced the fine from £240,000 to reflect the plea.
Speaking outside court, Mr Nowak's partner, Kasia Zielinska, said the family was "relieved it is finally over".
A spokesman for Broch Seafoods said: "We deeply regret the injuries suffered by our colleague and have apologised to him personally. Safety is now the first item at every shift meeting."
The court was told Mr Nowak has returned to the firm in a packing role.
Read more:
Fraserburgh harbour dredging delayed for a third time
Sign up to our Court and Crime newsletter – the latest from the north and north-east courts, delivered to your inbox.""",
    [
        (
            "You gambled with a worker’s hand",
            "Morag Lindsay",
            ("Sheriff tells", "Sheriff"),
            "tells",
        ),
        (
            "deliberately defeated",
            "Callum Rennie",
            "Fiscal depute Callum Rennie",
            ("Rennie said", "said"),
        ),
        ("This was not a one-off lapse,", "Callum Rennie", "Mr Rennie", "told"),
        (
            "Supervisors knew about the tape, the engineers knew about the tape, and nobody removed it.",
            "Callum Rennie",
            "Mr Rennie",
            "told",
        ),
        (
            "One shift supervisor told investigators: 'If we stopped every time, we'd never hit the numbers.' That, I'm afraid, was the culture on the floor.",
            "Callum Rennie",
            "Mr Rennie",
            ("Mr Rennie told", "told"),
        ),
        ("an accident waiting to happen", "Gordon Buchan", "Gordon Buchan", "had described"),
        (
            "I was a filleter for 19 years. It is the only job I know, and now I cannot hold a knife properly.",
            "Dariusz Nowak",
            ("he said:", "he"),
            ("he said:", "said"),
        ),
        (
            "My youngest asks me why I don't play guitar with her any more. I don't have an answer for her.",
            "Dariusz Nowak",
            ("he said:", "he"),
            ("he said:", "said"),
        ),
        (
            "learned a very hard lesson",
            "Iain Strachan",
            "Defence solicitor Iain Strachan",
            ("Strachan said", "said"),
        ),
        (
            "My clients are a family business. They employ 140 people in the town and they are genuinely mortified by what happened to Mr Nowak,",
            "Iain Strachan",
            ("he said.", "he"),
            ("he said.", "said"),
        ),
        ("But let me be clear,", "Morag Lindsay", "the sheriff", ("the sheriff said", "said")),
        (
            "Somebody decided that production mattered more than a man's hand. That decision was the company's to make, and it made the wrong one. You gambled with a worker's hand, and he lost.",
            "Morag Lindsay",
            "the sheriff",
            ("the sheriff said", "said"),
        ),
        (
            "relieved it is finally over",
            "Kasia Zielinska",
            "Kasia Zielinska",
            ("Zielinska, said", "said"),
        ),
        (
            "We deeply regret the injuries suffered by our colleague and have apologised to him personally. Safety is now the first item at every shift meeting.",
            "Broch Seafoods Ltd",
            "A spokesman for Broch Seafoods",
            ("Seafoods said", "said"),
        ),
    ],
    ["Stop, Isolate, Clear"],
)

article(
    "blind29-en02",
    "en",
    """‘Cutting us is cutting the valley’s tongue’ – community theatre fights council grant axe

Ifan Rowlands
14 Mar 2024 4 minute read
Theatr y Gorlan in Llanwyddan. Photo Nation.Cymru

A Welsh-language community theatre that has staged plays in a former chapel for more than 40 years says it will close within a year after the local council voted to end its grant.
Cwm Tawel County Borough Council’s cabinet agreed on Tuesday to withdraw the £48,000 annual grant to Theatr y Gorlan in Llanwyddan as part of £11m of savings for 2024-25.
The theatre’s artistic director, Mererid Lloyd Evans, said the decision would leave the upper valley without a Welsh-language stage of any kind.
“Cutting us is cutting the valley’s tongue. Half the children who come to our youth theatre don’t speak Welsh at home. This is where they hear it played with, argued in, sung,” she said.
“We are not asking for a fortune. We are asking for the price of resurfacing a car park.”
The cabinet member for finance, Cllr Rhodri Pugh, told the meeting the council had “no good options left”.
“Every grant on this list is somebody’s passion,” he said. “I’ve been to the Gorlan. I took my own children there. But when the choice is between a theatre and a social worker, I have to choose the social worker.”
Support our Nation today
For the price of a cup of coffee a month you can help us create an independent, not-for-profit, national news service for the people of Wales, by the people of Wales.
A petition titled “Achub y Gorlan” (Save the Gorlan) has gathered more than 3,200 signatures in a week.
Among those who have signed it is the actor Dyfan Prys, who grew up in the valley and first went on stage at the theatre aged nine, in a production of “Y Gaeaf Hir”.
“I wouldn’t have a career without that room,” he told Nation.Cymru. “My mother cleaned the chapel on Saturdays and Mererid would let me sit in on rehearsals. Somebody saw something in a shy boy from the estate.”
“Mae’r Gorlan yn perthyn i ni i gyd,” said retired teacher Glenys Morgan, 78 – the Gorlan belongs to all of us – who has not missed an opening night since 1983.
The local Member of the Senedd, Sioned Griffiths, has written to the council leader. In the letter, seen by Nation.Cymru, she urged the cabinet to “pause and look again at a decision that will be felt for a generation”.
A council spokesperson said the authority would “work with the theatre to explore alternative sources of funding, including national arts funders and trusts”.
The spokesperson added: “No decision in this budget has been taken lightly. Cabinet members have had to weigh every service against our statutory duties.”
The decision has been called in for scrutiny on March 21. Opposition councillor Huw Bevan, who requested the call-in, said: “The cabinet has treated the Welsh language as an optional extra. It isn’t, and we will say so at scrutiny.”
Ms Lloyd Evans said the theatre’s board would meet next week to decide whether to cancel its autumn season.
Share this article:""",
    [
        ("Cutting us is cutting the valley’s tongue", "Mererid Lloyd Evans", None, None),
        (
            "Cutting us is cutting the valley’s tongue. Half the children who come to our youth theatre don’t speak Welsh at home. This is where they hear it played with, argued in, sung,",
            "Mererid Lloyd Evans",
            ("she said", "she"),
            ("she said", "said"),
        ),
        (
            "We are not asking for a fortune. We are asking for the price of resurfacing a car park.",
            "Mererid Lloyd Evans",
            None,
            None,
        ),
        ("no good options left", "Rhodri Pugh", "Cllr Rhodri Pugh", "told"),
        (
            "Every grant on this list is somebody’s passion,",
            "Rhodri Pugh",
            ("he said", "he"),
            ("he said", "said"),
        ),
        (
            "I’ve been to the Gorlan. I took my own children there. But when the choice is between a theatre and a social worker, I have to choose the social worker.",
            "Rhodri Pugh",
            ("he said", "he"),
            ("he said", "said"),
        ),
        ("I wouldn’t have a career without that room,", "Dyfan Prys", ("he told", "he"), "told"),
        (
            "My mother cleaned the chapel on Saturdays and Mererid would let me sit in on rehearsals. Somebody saw something in a shy boy from the estate.",
            "Dyfan Prys",
            ("he told", "he"),
            "told",
        ),
        (
            "Mae’r Gorlan yn perthyn i ni i gyd,",
            "Glenys Morgan",
            "retired teacher Glenys Morgan",
            ("said retired", "said"),
        ),
        (
            "pause and look again at a decision that will be felt for a generation",
            "Sioned Griffiths",
            ("she urged", "she"),
            "urged",
        ),
        (
            "work with the theatre to explore alternative sources of funding, including national arts funders and trusts",
            "Cwm Tawel County Borough Council",
            "A council spokesperson",
            ("spokesperson said", "said"),
        ),
        (
            "No decision in this budget has been taken lightly. Cabinet members have had to weigh every service against our statutory duties.",
            "Cwm Tawel County Borough Council",
            "The spokesperson",
            "added",
        ),
        (
            "The cabinet has treated the Welsh language as an optional extra. It isn’t, and we will say so at scrutiny.",
            "Huw Bevan",
            "Opposition councillor Huw Bevan",
            ("call-in, said", "said"),
        ),
    ],
    ["Achub y Gorlan", "Y Gaeaf Hir"],
)

article(
    "blind29-en03",
    "en",
    """Hail shreds crops across southwest; producers face long wait for adjusters

By: Nadine Kowalchuk
Posted: 6:00 AM CDT Thursday, Jul. 18, 2024
Last Modified: 9:14 AM CDT Thursday, Jul. 18, 2024

Advertisement
Advertise with us

BOISSEVAIN — Dale Hiebert walked into his canola field Wednesday morning and heard nothing. No rustle, no bees.
“It was like somebody took a weed-eater to the whole quarter,” said Hiebert, who farms 2,400 acres with his brother north of town. “Three weeks ago that was the best crop I’ve had in 10 years. Now I’m looking at dirt and stems.”
A line of thunderstorms Tuesday evening dropped hail the size of golf balls across a swath of farmland stretching from the U.S. border almost to the Trans-Canada Highway.
“This was a long-track supercell, and it just kept cycling,” said Trevor Lam, a meteorologist with the federal weather office in Winnipeg. “The hail core was on the ground for close to two hours.”
The province’s crop insurer, the Manitoba Farm Risk Corporation (MFRC), said it had received more than 1,100 hail claims by Wednesday afternoon — three times its busiest day last season.
In an emailed statement, the corporation said adjusters would prioritize fields where producers needed to decide quickly whether to reseed or cut for greenfeed, and asked producers to “leave check strips untouched until an adjuster has seen the field.”
ADVERTISEMENT
But some farmers say the wait is already too long. Janelle Martens, president of the Southwest Grain Growers Association, said members had been told it could be three weeks before they saw an adjuster.
“Three weeks in July is an eternity,” Martens said. “You can’t reseed canola in August. What you can do is salvage feed, but only if somebody signs off on it while it’s still worth something.”
One adjuster, who asked not to be named because he was not authorized to speak publicly, said the backlog was “the worst I’ve seen in 22 years.”
Agriculture Minister Colleen Dufresne toured the area by truck Wednesday afternoon. The minister said the province had asked the corporation to bring in adjusters from Saskatchewan and Alberta and would “look at every tool” to help producers with cash flow.
“I’ve farmed through hail. I know what it is to stand in a field like that,” Dufresne told the Free Press. “Nobody in this area is going to be left to figure it out alone.”
Opposition agriculture critic Wes Thorsteinson said the government had been warned in the spring that the insurer was short-staffed, and called the backlog “entirely predictable.”
Back on the Hiebert farm, the brothers were already weighing their options. Their crop insurance covers about 70 per cent of their expected yield, Hiebert said, but the cheque will not arrive before the payments on a combine they bought last fall.
He said he would likely cut what was left for a neighbour’s cattle.
“You cry about it for a day,” he said. “Then you get the swather out.”
nadine.kowalchuk@freepress.mb.ca
Report Error Submit a Tip""",
    [
        (
            "It was like somebody took a weed-eater to the whole quarter,",
            "Dale Hiebert",
            ("said Hiebert", "Hiebert"),
            ("said Hiebert", "said"),
        ),
        (
            "Three weeks ago that was the best crop I’ve had in 10 years. Now I’m looking at dirt and stems.",
            "Dale Hiebert",
            ("said Hiebert", "Hiebert"),
            ("said Hiebert", "said"),
        ),
        (
            "This was a long-track supercell, and it just kept cycling,",
            "Trevor Lam",
            "Trevor Lam",
            ("said Trevor", "said"),
        ),
        (
            "The hail core was on the ground for close to two hours.",
            "Trevor Lam",
            "Trevor Lam",
            ("said Trevor", "said"),
        ),
        (
            "leave check strips untouched until an adjuster has seen the field.",
            "Manitoba Farm Risk Corporation",
            ("In an emailed statement, the corporation", "the corporation"),
            "asked",
        ),
        (
            "Three weeks in July is an eternity,",
            "Janelle Martens",
            ("Martens said", "Martens"),
            ("Martens said", "said"),
        ),
        (
            "You can’t reseed canola in August. What you can do is salvage feed, but only if somebody signs off on it while it’s still worth something.",
            "Janelle Martens",
            ("Martens said", "Martens"),
            ("Martens said", "said"),
        ),
        (
            "the worst I’ve seen in 22 years.",
            "adjuster",
            "One adjuster",
            ("publicly, said", "said"),
        ),
        ("look at every tool", "Colleen Dufresne", "The minister", ("minister said", "said")),
        (
            "I’ve farmed through hail. I know what it is to stand in a field like that,",
            "Colleen Dufresne",
            "Dufresne",
            "told",
        ),
        (
            "Nobody in this area is going to be left to figure it out alone.",
            "Colleen Dufresne",
            "Dufresne",
            "told",
        ),
        (
            "entirely predictable.",
            "Wes Thorsteinson",
            "Opposition agriculture critic Wes Thorsteinson",
            "called",
        ),
        ("You cry about it for a day,", "Dale Hiebert", ("he said", "he"), ("he said", "said")),
        ("Then you get the swather out.", "Dale Hiebert", ("he said", "he"), ("he said", "said")),
    ],
)

article(
    "blind29-en04",
    "en",
    """Kirkwood packhouse strike enters third week as citrus waits on trucks

Malusi Ngcobo
News24
Published 23 May 2024, 14:32

- Workers at Sundays Gold Citrus have been on strike since 2 May.
- The union is demanding a minimum wage of R35 an hour.
- The company says the demand would make the packhouse "unviable".

More than 600 workers at a citrus packhouse in Kirkwood in the Eastern Cape have vowed to stay out until their wage demand is met, as the strike enters its third week at the height of the export season.
Members of the Food and Allied Packhouse Workers' Union (Fapwu) downed tools on 2 May, demanding a minimum of R35 an hour, up from R27.58.
"We are not going back for crumbs," Fapwu regional organiser Thandiwe Sokhela told News24 outside the packhouse gates on Wednesday, where about 200 strikers sang and waved placards reading "R35 or nothing".
"These women pack the oranges that end up in London and Rotterdam. They stand for ten hours. Some of them have worked here for 20 years and still cannot afford school shoes."
The company's chief executive, Pieter Steenkamp, said the price growers received for export fruit had fallen by 18% and that the packhouse was already operating at a loss.
"We have put 8% on the table, which is above inflation. We cannot go to 27%," he said in a statement. "If this continues, growers will simply take their fruit to other packhouses, and then there are no jobs for anyone."
Steenkamp said about 140 containers of fruit had been diverted and that some trucks had stood "for days" in the yard.
READ | Citrus exporters warn of R2bn hit from port congestion
Nosipho Jacobs, 46, a packer for 17 years, said she had taken her two children out of aftercare because she could no longer pay for it.
"My husband is sick, so it is only my money in the house. When they say 8%, that is R2 an hour. What do you buy with R2?" she asked.
Police confirmed that a truck leaving the packhouse had been stoned on Monday night.
Police spokesperson Captain Andile Mtshali said no one had been injured and a case of malicious damage to property had been opened.
"We appeal to the strikers to exercise their right to protest within the law. Anyone found blocking the road or damaging vehicles will be arrested," Mtshali said.
The union has distanced itself from the incident. In a statement, Fapwu said it "does not condone violence of any kind" and accused the company of "hiring private security to provoke our members".
A manager at a neighbouring packhouse, who asked not to be named, said the dispute was being watched closely across the Sundays River Valley.
"If they get 35 there, everyone will have to pay 35," he said. "That is what the owners are scared of."
Talks between the two parties, facilitated by an independent mediator, are expected to resume on Friday.
Sokhela said the union would attend "in good faith", but warned that members had voted to continue the strike "for as long as it takes".
Get the biggest daily news stories delivered to your inbox. Subscribe to our newsletter.""",
    [
        ("unviable", "Sundays Gold Citrus", "The company", "says"),
        (
            "We are not going back for crumbs,",
            "Thandiwe Sokhela",
            "Fapwu regional organiser Thandiwe Sokhela",
            "told",
        ),
        (
            "These women pack the oranges that end up in London and Rotterdam. They stand for ten hours. Some of them have worked here for 20 years and still cannot afford school shoes.",
            "Thandiwe Sokhela",
            None,
            None,
        ),
        (
            "We have put 8% on the table, which is above inflation. We cannot go to 27%,",
            "Pieter Steenkamp",
            ("he said in", "he"),
            ("he said in", "said"),
        ),
        (
            "If this continues, growers will simply take their fruit to other packhouses, and then there are no jobs for anyone.",
            "Pieter Steenkamp",
            ("he said in", "he"),
            ("he said in", "said"),
        ),
        (
            "for days",
            "Pieter Steenkamp",
            ("Steenkamp said about", "Steenkamp"),
            ("Steenkamp said about", "said"),
        ),
        (
            "My husband is sick, so it is only my money in the house. When they say 8%, that is R2 an hour. What do you buy with R2?",
            "Nosipho Jacobs",
            ("she asked", "she"),
            "asked",
        ),
        (
            "We appeal to the strikers to exercise their right to protest within the law. Anyone found blocking the road or damaging vehicles will be arrested,",
            "Andile Mtshali",
            "Mtshali",
            ("Mtshali said", "said"),
        ),
        (
            "does not condone violence of any kind",
            "Food and Allied Packhouse Workers' Union",
            ("Fapwu said", "Fapwu"),
            ("Fapwu said", "said"),
        ),
        (
            "hiring private security to provoke our members",
            "Food and Allied Packhouse Workers' Union",
            ("Fapwu said", "Fapwu"),
            "accused",
        ),
        (
            "If they get 35 there, everyone will have to pay 35,",
            "manager",
            ("he said", "he"),
            ("he said", "said"),
        ),
        (
            "That is what the owners are scared of.",
            "manager",
            ("he said", "he"),
            ("he said", "said"),
        ),
        (
            "in good faith",
            "Thandiwe Sokhela",
            ("Sokhela said", "Sokhela"),
            ("Sokhela said", "said"),
        ),
        ("for as long as it takes", "Thandiwe Sokhela", ("Sokhela said", "Sokhela"), "warned"),
    ],
    ["R35 or nothing"],
)

article(
    "blind29-en05",
    "en",
    """Transport fares up 20% from Monday — drivers; “We have not approved it,” says Ministry

Author: Nii Adjei Tetteh
Mar - 07 - 2024 , 07:12

Commercial transport operators under the Ghana Commercial Drivers’ Alliance (GCDA) have announced a 20 per cent increase in lorry fares across the country, effective Monday, March 11, 2024.
The General Secretary of the GCDA, Mr Kwabena Asante-Boateng, said at a press conference in Accra yesterday that the increase had become necessary because of the persistent rise in fuel prices, the cost of spare parts and “the harassment of drivers by some police officers on our roads”.
“We have been patient. Since November, diesel has gone up four times and we have not touched fares. We cannot continue to subsidise passengers from our pockets,” he stated.
According to him, the alliance wrote to the Ministry of Transport twice in January to request a review of fares but received “not even an acknowledgement”.
Mr Asante-Boateng urged drivers to display the new fare charts “boldly in every vehicle” and cautioned them against charging above the new rates.
Advertisement
Ministry reacts
But the Ministry of Transport has described the announcement as “unilateral and unacceptable”.
“The Ministry wishes to inform the general public that it has not approved any increase in transport fares,” the ministry said in a statement signed by its Public Relations Officer, Mrs Adwoa Ansah-Darko.
It added that the sector minister would meet the leadership of the GCDA “within the week” and urged passengers to “pay only the existing fares until further notice”.
Commuters react
Some commuters at the Kaneshie lorry station who spoke to the Daily Graphic expressed frustration at the announcement.
A trader, Madam Esi Mensah, said she travelled from Kasoa to Accra every day to buy goods and that the increase would “eat into the little we make”.
“From Kasoa to Kaneshie is now GH¢14. If they add 20 per cent, how much will I carry home? Then we the traders will also increase our prices, and the cycle continues,” she lamented.
A driver on the Kaneshie–Mallam route, who gave his name only as Kofi, however, defended the increase.
“Passengers think we are cheating them, but go and ask the price of one tyre today. It is GH¢1,800. Who will pay for that? Is it my children?” he asked.
Formula needed
A transport policy analyst, Dr Selorm Agbeko, told the Daily Graphic that the standoff reflected “a broken consultation process” between the government and transport operators.
“Every time fuel goes up, we get the same drama. Let us agree on a formula that adjusts fares automatically, and take politics out of it,” he said.
He explained that a transparent formula, reviewed every quarter, would protect both drivers and passengers from “sudden shocks”.
Writer’s email: nii.tetteh@graphic.com.gh""",
    [
        (
            "We have not approved it,",
            "Ministry of Transport",
            ("says Ministry", "Ministry"),
            "says",
        ),
        (
            "the harassment of drivers by some police officers on our roads",
            "Kwabena Asante-Boateng",
            "Mr Kwabena Asante-Boateng",
            "said",
        ),
        (
            "We have been patient. Since November, diesel has gone up four times and we have not touched fares. We cannot continue to subsidise passengers from our pockets,",
            "Kwabena Asante-Boateng",
            ("he stated", "he"),
            "stated",
        ),
        (
            "not even an acknowledgement",
            "Kwabena Asante-Boateng",
            ("According to him", "him"),
            "According to",
        ),
        ("boldly in every vehicle", "Kwabena Asante-Boateng", "Mr Asante-Boateng", "urged"),
        (
            "unilateral and unacceptable",
            "Ministry of Transport",
            "the Ministry of Transport",
            "has described",
        ),
        (
            "The Ministry wishes to inform the general public that it has not approved any increase in transport fares,",
            "Ministry of Transport",
            ("the ministry said", "the ministry"),
            ("the ministry said", "said"),
        ),
        ("within the week", "Ministry of Transport", ("It added", "It"), "added"),
        (
            "pay only the existing fares until further notice",
            "Ministry of Transport",
            ("It added", "It"),
            "urged",
        ),
        ("eat into the little we make", "Esi Mensah", "Madam Esi Mensah", ("Mensah, said", "said")),
        (
            "From Kasoa to Kaneshie is now GH¢14. If they add 20 per cent, how much will I carry home? Then we the traders will also increase our prices, and the cycle continues,",
            "Esi Mensah",
            ("she lamented", "she"),
            "lamented",
        ),
        (
            "Passengers think we are cheating them, but go and ask the price of one tyre today. It is GH¢1,800. Who will pay for that? Is it my children?",
            "Kofi",
            ("he asked", "he"),
            "asked",
        ),
        ("a broken consultation process", "Selorm Agbeko", "Dr Selorm Agbeko", "told"),
        (
            "Every time fuel goes up, we get the same drama. Let us agree on a formula that adjusts fares automatically, and take politics out of it,",
            "Selorm Agbeko",
            ("he said", "he"),
            "said",
        ),
        ("sudden shocks", "Selorm Agbeko", ("He explained", "He"), "explained"),
    ],
)

article(
    "blind29-en06",
    "en",
    """Patients wait up to 14 hours at Kuantan hospital’s emergency unit; ministry says more doctors on the way

Monday, 08 Apr 2024 5:41 PM MYT
BY SITI HAJAR ZULKIFLI

KUANTAN, April 8 — Patients at Hospital Seri Mahkota’s emergency department are waiting up to 14 hours to be seen, with some spending the night on plastic chairs in the corridor, according to families and staff.
Retiree Lee Chee Keong, 67, said his wife waited from 9pm until almost noon the next day before a doctor examined her for chest pains last week.
“The nurses were very kind, but they were running, really running. At 3am there were people lying on the floor with their drips hanging from the window grille,” Lee told Malay Mail.
“My wife said to me, ‘Just take me home, I’ll die more comfortably there.’ That’s when I got angry.”
A medical officer at the department, who spoke on condition of anonymity as she is not authorised to speak to the media, said there were often only four doctors on duty at night for up to 180 patients.
“We are not asking for sympathy. We are asking for people. Two of our senior medical officers resigned last month to go to Singapore, and nobody has replaced them,” she said.
ALSO READ: Pahang to open 40 more hospital beds by year-end, says state exco
In a statement yesterday, the Health Ministry said it was aware of “congestion” at the hospital and that 12 additional medical officers would be posted there by the end of May.
“The ministry acknowledges the difficulties faced by patients and their families and apologises for the inconvenience caused,” it said, adding that a triage nurse would be stationed at the entrance around the clock.
Pahang health committee chairman Datuk Ahmad Fadzli Othman, who visited the hospital on Saturday, said the emergency department was built for 250 patients a day but now saw more than 500.
“This building was designed in 1998. The population here has nearly doubled since then,” Ahmad Fadzli said.
“I have asked the hospital director to give me a weekly report. I want to see the waiting times come down, not excuses.”
He said the state government had identified land beside the hospital for a new emergency block, but that construction would depend on federal funding.
The Coalition of Public Sector Doctors (CPSD) said the problem was “not unique to Kuantan”.
“Every state has a Seri Mahkota. The ministry keeps announcing new posts, but it does not fix why doctors are leaving — the pay, the on-call hours, the contract system,” its president Dr S. Kavitha said.
She said nearly one in three contract doctors who finished their housemanship last year had not renewed their contracts, calling the trend “a slow bleed that nobody in Putrajaya wants to look at”.
Back at the hospital, Lee said his wife had since been discharged with medication.
“She is fine now. But I keep thinking of the old man who was on the chair next to her. Nobody came for him either,” he said.
Related Articles
Tags: Hospital Seri Mahkota, emergency department, Health Ministry, doctors""",
    [
        (
            "The nurses were very kind, but they were running, really running. At 3am there were people lying on the floor with their drips hanging from the window grille,",
            "Lee Chee Keong",
            ("Lee told", "Lee"),
            "told",
        ),
        (
            "My wife said to me, ‘Just take me home, I’ll die more comfortably there.’ That’s when I got angry.",
            "Lee Chee Keong",
            None,
            None,
        ),
        (
            "We are not asking for sympathy. We are asking for people. Two of our senior medical officers resigned last month to go to Singapore, and nobody has replaced them,",
            "medical officer",
            ("she said", "she"),
            ("she said", "said"),
        ),
        ("congestion", "Health Ministry", "the Health Ministry", ("Ministry said", "said")),
        (
            "The ministry acknowledges the difficulties faced by patients and their families and apologises for the inconvenience caused,",
            "Health Ministry",
            ("it said", "it"),
            ("it said", "said"),
        ),
        (
            "This building was designed in 1998. The population here has nearly doubled since then,",
            "Ahmad Fadzli Othman",
            ("Ahmad Fadzli said", "Ahmad Fadzli"),
            ("Ahmad Fadzli said", "said"),
        ),
        (
            "I have asked the hospital director to give me a weekly report. I want to see the waiting times come down, not excuses.",
            "Ahmad Fadzli Othman",
            None,
            None,
        ),
        (
            "not unique to Kuantan",
            "Coalition of Public Sector Doctors",
            "The Coalition of Public Sector Doctors",
            ("(CPSD) said", "said"),
        ),
        (
            "Every state has a Seri Mahkota. The ministry keeps announcing new posts, but it does not fix why doctors are leaving — the pay, the on-call hours, the contract system,",
            "S. Kavitha",
            "Dr S. Kavitha",
            ("Kavitha said", "said"),
        ),
        (
            "a slow bleed that nobody in Putrajaya wants to look at",
            "S. Kavitha",
            ("She said nearly", "She"),
            "calling",
        ),
        (
            "She is fine now. But I keep thinking of the old man who was on the chair next to her. Nobody came for him either,",
            "Lee Chee Keong",
            ("he said", "he"),
            ("he said", "said"),
        ),
    ],
)

article(
    "blind29-en07",
    "en",
    """Lady Hawks sweep MCAA finals; Tamaraws coach rips challenge call

Rey Villanueva - The Philippine Star
March 10, 2024 | 12:00am

MANILA, Philippines — Colegio de San Rafael completed a two-game sweep of Manila Polytechnic University to capture the MCAA Season 86 women’s volleyball crown, winning a five-set thriller, 25-21, 22-25, 25-19, 23-25, 17-15, yesterday at the Paco Arena.
Finals MVP Kristine Joy Dela Paz fired 27 points, including the last two on back-to-back kills from the left, as the Lady Hawks ended a seven-year title drought before a crowd of nearly 6,000.
"I just told myself, this one's for the seniors," said Dela Paz, a fourth-year outside hitter. "Last year we cried in this same gym. Today we cried again, but happy tears na."
Lady Hawks coach Arnel Villafuerte, who took over only in August, said in Filipino that his players "never lost their composure" even after the Lady Tamaraws forced a deciding set.
"We talked about it all week: if it goes to five, we go to five. Walang panic," Villafuerte said.
Photo courtesy of MCAA Media Bureau
But the game ended under a cloud. At 15-all in the fifth set, the referees overturned a Lady Tamaraws point after a Lady Hawks video challenge showed a net touch, and San Rafael closed it out two rallies later.
Manila Poly coach Ramil "Boy" Sarmiento was shown a red card for his protest and had to watch the last rally from behind the bench.
"I've watched the replay five times on my phone. There is no net touch. The net moved because of the ball, not because of my player," Sarmiento told reporters after the game.
"Congratulations to San Rafael, they deserve it, they played better in Game 1. But today? Today we lost to a TV monitor."
Sarmiento said he would file a formal protest with the league "for the record," though he acknowledged that the results of championship games cannot be reversed.
RELATED: Lady Hawks draw first blood in MCAA finals
MCAA commissioner Atty. Lorna Caballero-Reyes defended the officials.
"The challenge system exists precisely so that the human eye is not the final judge. The panel reviewed three angles, and the decision was unanimous," Caballero-Reyes said in a statement.
She added that the league "will not tolerate" the language directed at the first referee, and that Sarmiento's case had been referred to the league's disciplinary committee.
Lady Tamaraws skipper Angelica Soriano, who had 19 points in a losing cause, refused to blame the call. "We had match point in the fourth set. We should have finished it there," she said. "That's on us, not on the referees."
Dela Paz, who is graduating in June, has been linked to at least two professional clubs.
Asked if she would turn pro, she laughed. "Ask me next week," she said. "Tonight I just want to eat lechon with my teammates."
FOLLOW US ON Facebook""",
    [
        (
            "I just told myself, this one's for the seniors,",
            "Kristine Joy Dela Paz",
            ("said Dela Paz", "Dela Paz"),
            ("said Dela Paz", "said"),
        ),
        (
            "Last year we cried in this same gym. Today we cried again, but happy tears na.",
            "Kristine Joy Dela Paz",
            ("said Dela Paz", "Dela Paz"),
            ("said Dela Paz", "said"),
        ),
        (
            "never lost their composure",
            "Arnel Villafuerte",
            "Lady Hawks coach Arnel Villafuerte",
            ("said in Filipino", "said"),
        ),
        (
            "We talked about it all week: if it goes to five, we go to five. Walang panic,",
            "Arnel Villafuerte",
            ("Villafuerte said", "Villafuerte"),
            ("Villafuerte said", "said"),
        ),
        (
            "I've watched the replay five times on my phone. There is no net touch. The net moved because of the ball, not because of my player,",
            "Ramil Sarmiento",
            ("Sarmiento told", "Sarmiento"),
            "told",
        ),
        (
            "Congratulations to San Rafael, they deserve it, they played better in Game 1. But today? Today we lost to a TV monitor.",
            "Ramil Sarmiento",
            None,
            None,
        ),
        (
            "for the record,",
            "Ramil Sarmiento",
            ("Sarmiento said he", "Sarmiento"),
            ("Sarmiento said he", "said"),
        ),
        (
            "The challenge system exists precisely so that the human eye is not the final judge. The panel reviewed three angles, and the decision was unanimous,",
            "Lorna Caballero-Reyes",
            ("Caballero-Reyes said", "Caballero-Reyes"),
            ("Caballero-Reyes said", "said"),
        ),
        ("will not tolerate", "Lorna Caballero-Reyes", ("She added", "She"), "added"),
        (
            "We had match point in the fourth set. We should have finished it there,",
            "Angelica Soriano",
            ("she said. \"That's", "she"),
            ("she said. \"That's", "said"),
        ),
        (
            "That's on us, not on the referees.",
            "Angelica Soriano",
            ("she said. \"That's", "she"),
            ("she said. \"That's", "said"),
        ),
        (
            "Ask me next week,",
            "Kristine Joy Dela Paz",
            ('she said. "Tonight', "she"),
            ('she said. "Tonight', "said"),
        ),
        (
            "Tonight I just want to eat lechon with my teammates.",
            "Kristine Joy Dela Paz",
            ('she said. "Tonight', "she"),
            ('she said. "Tonight', "said"),
        ),
    ],
    ["Boy"],
)

article(
    "blind29-en08",
    "en",
    """The Talk of the Town
Town Meeting Dept.
Big Lou’s Last Winter?
A Vermont town argues, at length, over the fate of a thirty-seven-year-old road grader.
By Amelia Stroud
March 18, 2024

Town Meeting Day in East Wyndham, Vermont (pop. 1,140), began, as it has for two centuries, with the Pledge of Allegiance and a pot of coffee that had been on since six. By nine-fifteen, the school gymnasium was full, and the moderator, a retired dairy farmer named Ruth Ellery, who was reëlected by voice vote before anyone had sat down, had gavelled the meeting to order with a block of maple.
The item everyone had come for was Article 9: whether the town should borrow four hundred and twenty thousand dollars to replace its road grader, a yellow 1987 machine that the road crew calls “Big Lou.”
“She starts every morning. Not every morning at the same time, but every morning,” Dwight Corliss, the town’s road foreman for twenty-six years, said.
Mr. Corliss, who is sixty-one, has rebuilt the grader’s transmission twice, once in a barn with parts from a scrapyard in New Hampshire. He was against replacing her. “You buy a new one, it’s got a computer in it, and when the computer’s unhappy you call a man in Albany and wait three weeks,” he said. “Lou doesn’t have feelings. Lou has a wrench.”
The select board had voted three to two to put the article on the warrant. Its chair, Priya Natarajan, a software consultant who moved to town during the pandemic, made the case for borrowing. “I love Big Lou,” she told the room, and a few people laughed. “I’m not proposing we have her shot. I’m proposing we stop spending eleven thousand dollars a year keeping her alive.”
The town’s auditor, in a note printed on page forty-one of the annual report, had described the grader as “beyond its useful service life by any reasonable standard.” Several people had brought their copies, flagged with sticky notes.
Gil Thibodeau, who plows driveways for half the town, stood up near the bleachers.
“Has anybody asked the state for money?”
“We have,” Ms. Natarajan said. “The state said no.”
“Did they say it nice?” Mr. Thibodeau asked.
“They said it in a PDF.”
The discussion went on. A man proposed leasing. A woman proposed a coöperative purchase with Wyndham Center, the next town over, which prompted a ten-minute digression about a snowplow that Wyndham Center had borrowed in 2009 and, by some accounts, never returned. Ms. Ellery, who has moderated the meeting since 1994, allowed herself one observation from the chair. “In my experience,” she said, “the longer the discussion, the older the equipment.”
After two hours and a lunch of baked beans, brown bread, and pie in the cafeteria, the article failed on a paper ballot, a hundred and thirty-one to a hundred and eighteen.
Outside, in the parking lot, Mr. Corliss did not look like a man who had won. “It isn’t a victory,” he said. “It’s a reprieve. She’ll need a new clutch by Christmas.”
Ms. Natarajan, loading folding chairs into the back of a Subaru, was philosophical. “Next year,” she said, “I’m bringing a spreadsheet and a pie. People argue less with pie.”
Published in the print edition of the March 25, 2024, issue, with the headline “Grade School.”
New Yorker Favorites""",
    [
        (
            "She starts every morning. Not every morning at the same time, but every morning,",
            "Dwight Corliss",
            "Dwight Corliss",
            ("years, said", "said"),
        ),
        (
            "You buy a new one, it’s got a computer in it, and when the computer’s unhappy you call a man in Albany and wait three weeks,",
            "Dwight Corliss",
            ("he said. “Lou", "he"),
            ("he said. “Lou", "said"),
        ),
        (
            "Lou doesn’t have feelings. Lou has a wrench.",
            "Dwight Corliss",
            ("he said. “Lou", "he"),
            ("he said. “Lou", "said"),
        ),
        ("I love Big Lou,", "Priya Natarajan", ("she told", "she"), "told"),
        (
            "I’m not proposing we have her shot. I’m proposing we stop spending eleven thousand dollars a year keeping her alive.",
            "Priya Natarajan",
            ("she told", "she"),
            "told",
        ),
        (
            "beyond its useful service life by any reasonable standard.",
            "auditor",
            "The town’s auditor",
            "had described",
        ),
        ("Has anybody asked the state for money?", "Gil Thibodeau", "Gil Thibodeau", None),
        (
            "We have,",
            "Priya Natarajan",
            ("Ms. Natarajan said", "Ms. Natarajan"),
            ("Ms. Natarajan said", "said"),
        ),
        (
            "The state said no.",
            "Priya Natarajan",
            ("Ms. Natarajan said", "Ms. Natarajan"),
            ("Ms. Natarajan said", "said"),
        ),
        ("Did they say it nice?", "Gil Thibodeau", "Mr. Thibodeau", "asked"),
        ("They said it in a PDF.", "Priya Natarajan", None, None),
        ("In my experience,", "Ruth Ellery", ("she said, “the", "she"), ("she said, “the", "said")),
        (
            "the longer the discussion, the older the equipment.",
            "Ruth Ellery",
            ("she said, “the", "she"),
            ("she said, “the", "said"),
        ),
        (
            "It isn’t a victory,",
            "Dwight Corliss",
            ("he said. “It’s", "he"),
            ("he said. “It’s", "said"),
        ),
        (
            "It’s a reprieve. She’ll need a new clutch by Christmas.",
            "Dwight Corliss",
            ("he said. “It’s", "he"),
            ("he said. “It’s", "said"),
        ),
        ("Next year,", "Priya Natarajan", ("she said, “I’m", "she"), ("she said, “I’m", "said")),
        (
            "I’m bringing a spreadsheet and a pie. People argue less with pie.",
            "Priya Natarajan",
            ("she said, “I’m", "she"),
            ("she said, “I’m", "said"),
        ),
    ],
    ["Big Lou.", "Grade School."],
)


def main() -> None:
    SET.write(Path(__file__).with_name("blind29_en.jsonl"), WORDS_RANGE)


if __name__ == "__main__":
    main()
