# ruff: noqa: E501, RUF001
# Prose articles with typographic quotation marks: the long lines and the marks are the data.
"""Builds blind32_en.jsonl: a thirty-second blind English quotation set (written for depeche, CC0).

Written from scratch by a helper who never read the quotes code, so that its score is an honest,
blind estimate of how ``depeche.quotes`` does on English news text nobody tuned it on. Every
story, person, place and organisation is invented (real countries, regions and cities aside).
Beats and outlets imitated: a peat slide beside a wind farm site (Shetland News: a quote in the
dek with "says crofter", Mr/Ms without points, a developer's statement, a two-paragraph quote
with a nested remark to an engineer, an unnamed spokeswoman, a photo credit and a supporter
pitch), a hearing on hidden ticket fees (Courthouse News Service: "(CN)" dateline, a judge's
questions and a lawyer's uncued answer, a scare quote in the headline, a fee label in marks,
the plaintiffs' complaint, a company's earlier statement), a kava price slump (The Fiji Times:
straight marks, Ratu and Adi titles, a translated elder's nested saying, an unnamed farmer, a
ministry statement, a permanent secretary "told this newspaper"), a diner losing its lease
(Eater Chicago: an Instagram post, present-tense "tells Eater" and inverted "says Pettaway", a
nested father's saying, a dish name in marks, a property listing quoted as a document, an
alderman), a gas storage leak (Inside Climate News: a company's emailed statement, a state
office's spokesman, an anonymous former technician, a scientist, a paper title, a scare quote,
a three-paragraph testimony read at a township meeting, a donation pitch), a winter swimming
club's sauna (Yle News: straight marks, a club with its Finnish name in brackets, "told Yle",
an engineering firm via "According to", a crosshead, a quote after a laugh, a petition name),
a memoir pulped over a fabricated diary (The Bookseller: British curly single marks with curly
apostrophes and inner double ones, a headline quote with no cue, an author's statement through
his agent, an unnamed bookseller, a society and its chair, prize organisers) and a cycling
stage neutralised by a riders' protest (Cycling Weekly: straight marks with straight apostrophes
and inner single ones, a dek quote with "says", an inverted "said Mathis Verbeke", a follow-on
paragraph with no cue, "the race director" and "the Swede", a union with its initials in
brackets, a race slogan). Slogans, titles, fee labels, petition names and scare quotes in marks
are listed as non-quotes. Gold conventions are those of build_dev.py.

Do not tune the extractor on this file: it measures, it does not teach. Run
``python tests/data/quotes/build_blind32_en.py`` after editing.
Bodies are named by their full name, also when the text gives a short one in brackets.
"""

from __future__ import annotations

from pathlib import Path

from build_dev import ArticleSet

SET = ArticleSet()
article = SET.article
WORDS_RANGE = (300, 650)

article(
    "blind32-en01",
    "en",
    """Peat slide shuts Kergord road as wind farm work is halted

“We were told this could never happen,” says crofter

Ryan Halcrow
14 November 2024 12:41 0

Work on the Setter Hill wind farm has been suspended after a peat slide sent an estimated 4,000 tonnes of saturated peat and rock across the Kergord road on Tuesday night.
Nobody was injured, but the single-track road will remain closed for at least a fortnight while engineers assess the hillside, the council’s roads manager Magnus Tulloch said.
“The debris field is about 300 metres long and in places more than two metres deep,” Mr Tulloch told Shetland News. “We will not reopen the road until we are satisfied the slope above it is stable, and I can’t put a date on that yet.”
The slide seen from the air on Wednesday morning. Photo: Hjaltland Renewables
Developer Hjaltland Renewables said in a statement that it had stopped all excavation on the site “as a precaution” and had commissioned an independent geotechnical review.
“Our monitoring showed no movement on the slope in the days before the event,” the company said in the statement. “We are working closely with the council and will share the findings of the review in full.”
Share this: Facebook X Email
Crofter Andrina Jamieson, whose sheep graze the hill, said she had warned the developer about drainage two years ago.
“We were told this could never happen,” she said. “They cut the drains across the slope, not down it, and every time it rained you could see the water sitting in the peat. I said to one of the engineers, ‘That hill is going to move,’ and he laughed.
“Well, nobody is laughing now.”
Ms Jamieson, who has kept sheep at Kergord for 31 years, said three ewes were still unaccounted for.
The chairman of the Kergord and Sound Community Council, Robbie Isbister, described the slide as “exactly what the community feared” when the scheme was approved in 2021. He said the community council would write to the Scottish Government asking for an inquiry.
“People were reassured again and again that peat stability had been looked at,” Mr Isbister said. “Either the assessment was wrong or it wasn’t followed. We need to know which.”
Peat specialist Dr Fiona Leask, of the Northern Isles Peat Research Unit, said the autumn had been one of the wettest on record in the isles.
“Blanket peat on a slope is a bit like a wet sponge sitting on a tilted plate,” she explained. “Add weight, cut it in the wrong place, and give it enough rain, and it will go.”
A spokeswoman for Hjaltland Renewables added that the company would pay for clearing the road “in its entirety”, and that contractors would be on site from Thursday.
Support Shetland News – Become a supporter today""",
    [
        (
            "We were told this could never happen,",
            "Andrina Jamieson",
            ("says crofter", "crofter"),
            "says",
        ),
        (
            "The debris field is about 300 metres long and in places more than two metres deep,",
            "Magnus Tulloch",
            "Mr Tulloch",
            "told",
        ),
        (
            "We will not reopen the road until we are satisfied the slope above it is stable, and I can’t put a date on that yet.",
            "Magnus Tulloch",
            "Mr Tulloch",
            "told",
        ),
        (
            "as a precaution",
            "Hjaltland Renewables",
            ("Developer Hjaltland Renewables", "Hjaltland Renewables"),
            "said",
        ),
        (
            "Our monitoring showed no movement on the slope in the days before the event,",
            "Hjaltland Renewables",
            "the company",
            "said",
        ),
        (
            "We are working closely with the council and will share the findings of the review in full.",
            "Hjaltland Renewables",
            "the company",
            "said",
        ),
        (
            "We were told this could never happen,",
            "Andrina Jamieson",
            ("she said", "she"),
            "said",
        ),
        (
            "They cut the drains across the slope, not down it, and every time it rained you could see the water sitting in the peat. I said to one of the engineers, ‘That hill is going to move,’ and he laughed.",
            "Andrina Jamieson",
            ("she said", "she"),
            "said",
        ),
        ("Well, nobody is laughing now.", "Andrina Jamieson", ("she said", "she"), "said"),
        ("exactly what the community feared", "Robbie Isbister", "Robbie Isbister", "described"),
        (
            "People were reassured again and again that peat stability had been looked at,",
            "Robbie Isbister",
            "Mr Isbister",
            "said",
        ),
        (
            "Either the assessment was wrong or it wasn’t followed. We need to know which.",
            "Robbie Isbister",
            "Mr Isbister",
            "said",
        ),
        (
            "Blanket peat on a slope is a bit like a wet sponge sitting on a tilted plate,",
            "Fiona Leask",
            ("she explained", "she"),
            "explained",
        ),
        (
            "Add weight, cut it in the wrong place, and give it enough rain, and it will go.",
            "Fiona Leask",
            ("she explained", "she"),
            "explained",
        ),
        ("in its entirety", "Hjaltland Renewables", "A spokeswoman", "added"),
    ],
)

article(
    "blind32-en02",
    "en",
    """Judge doubts concertgoers can sue over ‘convenience’ fees

KAREN ODELL / November 6, 2024

SAN FRANCISCO (CN) — A federal judge on Wednesday appeared unlikely to let a class of concertgoers pursue claims that ticket reseller Seatwise hid mandatory fees until the final checkout screen, calling the plaintiffs’ theory of harm “a little thin.”
U.S. District Judge Harriet Moncada heard nearly two hours of arguments on Seatwise’s motion to dismiss the consolidated lawsuit, which claims the company broke California’s consumer protection laws by advertising ticket prices that left out a “service and facility charge” averaging 27%.
“Every one of your named plaintiffs completed the purchase after seeing the total,” Moncada told the plaintiffs’ attorney, Daniel Ferrante of Ferrante Lowe LLP. “Where is the deception if they saw the number and clicked ‘buy’ anyway?”
Ferrante said the deception happened earlier, on the listing pages, where consumers choose a seat and commit their time.
“By the time they reach checkout, they’ve spent 20 minutes picking seats, the timer is counting down, and the company knows they’re not going to start over,” he said. “That’s the whole design.”
“So your theory is that the clock made them do it?” the judge asked.
“The clock and the price, your honor. Both were engineered.”
Sign up for our free daily newsletter
Seatwise’s attorney, Priya Natarajan of Hollis & Crane, argued that the company’s checkout complies with a state law requiring all-in pricing that took effect in July, and that the earlier practice was disclosed in its terms of use.
“The plaintiffs agreed to those terms. They can’t now say they were surprised by what the terms told them,” Natarajan said.
Moncada pressed her too. “Nobody reads terms of use, counsel. You know that and I know that,” the judge said, drawing laughter from the gallery. “I’m not going to decide this case on the assumption that they do.”
In their complaint, filed last year on behalf of about 40 named plaintiffs, the plaintiffs say Seatwise “knowingly trained consumers to ignore the advertised price” and collected $310 million in fees in California alone over four years.
Natarajan called that figure “pure invention” during the hearing, saying it had been extrapolated from a single month of sales.
Seatwise did not respond to an email seeking comment after the hearing. In a statement issued when the suit was filed, the company called it “a cynical attempt to turn transparent pricing into a payday for lawyers.”
Moncada took the motion under submission and said she would rule “within the next few weeks.” If she grants it, the plaintiffs will likely be allowed to amend their complaint.
Read the complaint
Subscribe to Courthouse News""",
    [
        ("a little thin.", "Harriet Moncada", "A federal judge", "calling"),
        (
            "Every one of your named plaintiffs completed the purchase after seeing the total,",
            "Harriet Moncada",
            "Moncada",
            "told",
        ),
        (
            "Where is the deception if they saw the number and clicked ‘buy’ anyway?",
            "Harriet Moncada",
            "Moncada",
            "told",
        ),
        (
            "By the time they reach checkout, they’ve spent 20 minutes picking seats, the timer is counting down, and the company knows they’re not going to start over,",
            "Daniel Ferrante",
            ("he said", "he"),
            "said",
        ),
        ("That’s the whole design.", "Daniel Ferrante", ("he said", "he"), "said"),
        (
            "So your theory is that the clock made them do it?",
            "Harriet Moncada",
            ("the judge asked", "the judge"),
            "asked",
        ),
        (
            "The clock and the price, your honor. Both were engineered.",
            "Daniel Ferrante",
            None,
            None,
        ),
        (
            "The plaintiffs agreed to those terms. They can’t now say they were surprised by what the terms told them,",
            "Priya Natarajan",
            "Natarajan",
            "said",
        ),
        (
            "Nobody reads terms of use, counsel. You know that and I know that,",
            "Harriet Moncada",
            ("the judge said", "the judge"),
            "said",
        ),
        (
            "I’m not going to decide this case on the assumption that they do.",
            "Harriet Moncada",
            ("the judge said", "the judge"),
            "said",
        ),
        (
            "knowingly trained consumers to ignore the advertised price",
            "plaintiffs",
            ("the plaintiffs say", "the plaintiffs"),
            "say",
        ),
        ("pure invention", "Priya Natarajan", "Natarajan", "called"),
        (
            "a cynical attempt to turn transparent pricing into a payday for lawyers.",
            "Seatwise",
            ("the company called", "the company"),
            "called",
        ),
        ("within the next few weeks.", "Harriet Moncada", ("Moncada took", "Moncada"), "said"),
    ],
    ["convenience", "service and facility charge"],
)

article(
    "blind32-en03",
    "en",
    """Yaqona growers feel the pinch as prices fall

By LUSIANA TIKO
Tuesday, March 11, 2025

KAVA farmers in the interior of Naitasiri say they are struggling to meet school fees after the farm-gate price of dried yaqona fell by almost half in three months.
Farmer Sevanaia Qiolevu, 52, of Navunibua Village, said he sold 40 kilograms of waka last week for $55 a kilo, down from $100 in December.
"We planted more because the price was good, now everybody is harvesting at the same time," Mr Qiolevu said yesterday. "The middlemen know we need the money, so they name their price."
He said school fees for his three children for the new term came to $1200.
"I don't know where that money will come from," he said.
Another farmer, who asked not to be named because she sells to a single buyer, said some growers were "giving their kava away just to pay the bus fare home".
RELATED STORIES
Kava exports up 12 per cent
Vanua Kava Growers Association president Ratu Josefa Vunibola said the association had written to the Ministry of Agriculture asking for a minimum price.
"A floor price would protect the small grower, who has no storage and cannot wait for the market to recover," Ratu Josefa said.
He said about 2000 households in the province depended on yaqona as their main source of cash income.
Speaking in the iTaukei language, 71-year-old Adi Litia Naivalu of Navunibua said the old people had warned against planting only one crop.
"Our grandparents used to say, 'Do not put all your taro in one basket.' We forgot their words," she said.
In a statement, the Ministry of Agriculture said a price floor was "not practical in an open market" but that it was working with exporters to give "more certainty to registered growers".
Permanent secretary for Agriculture Mereani Tuilau told this newspaper the ministry would hold consultations in Naitasiri next month.
"We hear the farmers. But if we fix a price and the export market does not pay it, who buys the surplus? Government cannot," she said.
Exporter Kalesi Vosa of Pacific Root Traders said prices had fallen because neighbouring countries had also increased supply.
"It's simple supply and demand. Buyers overseas are not going to pay last year's prices when the shelves are full," Ms Vosa said.
She said she expected the market to settle by the end of the year.
Mr Qiolevu said he would keep his remaining plants in the ground "until the price comes back, even if it takes two years".
"Kava is patient. We have to be patient too."
Comments (0)""",
    [
        (
            "We planted more because the price was good, now everybody is harvesting at the same time,",
            "Sevanaia Qiolevu",
            "Mr Qiolevu",
            "said",
        ),
        (
            "The middlemen know we need the money, so they name their price.",
            "Sevanaia Qiolevu",
            "Mr Qiolevu",
            "said",
        ),
        (
            "I don't know where that money will come from,",
            "Sevanaia Qiolevu",
            ("he said", "he"),
            "said",
        ),
        (
            "giving their kava away just to pay the bus fare home",
            "farmer",
            "Another farmer",
            "said",
        ),
        (
            "A floor price would protect the small grower, who has no storage and cannot wait for the market to recover,",
            "Josefa Vunibola",
            "Ratu Josefa",
            "said",
        ),
        (
            "Our grandparents used to say, 'Do not put all your taro in one basket.' We forgot their words,",
            "Litia Naivalu",
            ("she said", "she"),
            "said",
        ),
        (
            "not practical in an open market",
            "Ministry of Agriculture",
            "the Ministry of Agriculture",
            "said",
        ),
        (
            "more certainty to registered growers",
            "Ministry of Agriculture",
            "the Ministry of Agriculture",
            "said",
        ),
        (
            "We hear the farmers. But if we fix a price and the export market does not pay it, who buys the surplus? Government cannot,",
            "Mereani Tuilau",
            ("she said", "she"),
            "said",
        ),
        (
            "It's simple supply and demand. Buyers overseas are not going to pay last year's prices when the shelves are full,",
            "Kalesi Vosa",
            "Ms Vosa",
            "said",
        ),
        (
            "until the price comes back, even if it takes two years",
            "Sevanaia Qiolevu",
            "Mr Qiolevu",
            "said",
        ),
        ("Kava is patient. We have to be patient too.", "Sevanaia Qiolevu", None, None),
    ],
)

article(
    "blind32-en04",
    "en",
    """Cherished Pilsen Diner Nook’s Corner Will Close After 38 Years

The family-run counter spot, known for its “Sunday Sloppy,” is losing its lease at the end of the month

by Marisol Trent Jan 22, 2025, 11:15am CST

Share this story
Share this on Facebook
Share this on Twitter

Nook’s Corner, the 14-seat diner on West 18th Street that has fed shift workers, students, and at least two aldermen since 1987, will serve its last plate on February 28.
Owner Teresa Nuñez-Kowalski announced the closure in an Instagram post on Tuesday night. “After 38 years, three rent increases this decade, and more eggs than I can count, we have to say goodbye,” she wrote. “We tried everything. This building has a new owner and he has other plans for it.”
The building’s new owner, Halvard Property Group, did not respond to a request for comment. A listing on the company’s website describes the ground floor as “prime retail with flexible frontage.”
Nook’s Corner in 2019. Daniel Arce/Eater Chicago
Nuñez-Kowalski took over from her father, Stanisław Kowalski, in 2006. He opened the diner with her late mother, Rosa, after the two met working the line at a Greek coffee shop downtown.
“My dad used to say, ‘If you can’t make it at the counter, you can’t make it anywhere,’” Nuñez-Kowalski tells Eater. “So that’s where I learned. I was 11, standing on a milk crate, flipping pancakes for cops on the overnight shift.”
Regulars know the menu by heart: the chilaquiles, the pierogi on Fridays, and the “Sunday Sloppy,” an open-faced sloppy joe over a potato pancake that she calls “the only dish that truly represents this family.”
Sign up for the newsletter Eater Chicago
Longtime regular Dwayne Pettaway, a retired bus driver, has eaten breakfast at the counter “five days a week, for 22 years, give or take a divorce,” he says.
“When my wife passed, Teresa didn’t say anything. She just put coffee in front of me and didn’t charge me for a month,” says Pettaway. “Where am I supposed to go now? The gas station?”
Ald. Rosalinda Ferrer, whose ward includes the diner, said her office had reached out to the landlord “to see if there’s any path to keeping Nook’s here.” In an emailed statement, Ferrer called the closure “a loss for the whole neighborhood.”
Nuñez-Kowalski says she isn’t done. She is talking to a friend about a pop-up at a brewery taproom in Bridgeport, and the pierogi may live on.
“I’m 49. I have a lot of pancakes left in me,” she says. “Just maybe not at 5 a.m.”
Nook’s Corner, 1822 W. 18th Street, is open Tuesday through Sunday, 6 a.m. to 2 p.m., through February 28.
Related
The Chicago Restaurant Closings of 2025""",
    [
        (
            "After 38 years, three rent increases this decade, and more eggs than I can count, we have to say goodbye,",
            "Teresa Nuñez-Kowalski",
            ("she wrote", "she"),
            "wrote",
        ),
        (
            "We tried everything. This building has a new owner and he has other plans for it.",
            "Teresa Nuñez-Kowalski",
            ("she wrote", "she"),
            "wrote",
        ),
        (
            "prime retail with flexible frontage.",
            "Halvard Property Group",
            "A listing on the company’s website",
            "describes",
        ),
        (
            "My dad used to say, ‘If you can’t make it at the counter, you can’t make it anywhere,’",
            "Teresa Nuñez-Kowalski",
            ("Nuñez-Kowalski tells", "Nuñez-Kowalski"),
            "tells",
        ),
        (
            "So that’s where I learned. I was 11, standing on a milk crate, flipping pancakes for cops on the overnight shift.",
            "Teresa Nuñez-Kowalski",
            ("Nuñez-Kowalski tells", "Nuñez-Kowalski"),
            "tells",
        ),
        (
            "the only dish that truly represents this family.",
            "Teresa Nuñez-Kowalski",
            ("she calls", "she"),
            "calls",
        ),
        (
            "five days a week, for 22 years, give or take a divorce,",
            "Dwayne Pettaway",
            ("he says", "he"),
            "says",
        ),
        (
            "When my wife passed, Teresa didn’t say anything. She just put coffee in front of me and didn’t charge me for a month,",
            "Dwayne Pettaway",
            ("says Pettaway", "Pettaway"),
            "says",
        ),
        (
            "Where am I supposed to go now? The gas station?",
            "Dwayne Pettaway",
            ("says Pettaway", "Pettaway"),
            "says",
        ),
        (
            "to see if there’s any path to keeping Nook’s here.",
            "Rosalinda Ferrer",
            "Rosalinda Ferrer",
            "said",
        ),
        ("a loss for the whole neighborhood.", "Rosalinda Ferrer", "Ferrer", "called"),
        (
            "I’m 49. I have a lot of pancakes left in me,",
            "Teresa Nuñez-Kowalski",
            ("she says", "she"),
            "says",
        ),
        ("Just maybe not at 5 a.m.", "Teresa Nuñez-Kowalski", ("she says", "she"), "says"),
    ],
    ["Sunday Sloppy,", "Sunday Sloppy,"],
)

article(
    "blind32-en05",
    "en",
    """A Leak at an Old Gas Storage Field Went On for Weeks. Neighbors Say Nobody Told Them.

State regulators say the operator reported the leak on time. Residents of a small Ohio township say they smelled it first.

By Corinne Vasher
April 3, 2025
Share this article

HARLAN RIDGE TOWNSHIP, Ohio—For most of February, Janelle Oyler kept her windows shut and her two children inside. The smell, she said, came and went with the wind: sweet, then sulfurous, then gone.
“I called the gas company twice. Both times they told me it was the farm down the road spreading manure,” Oyler said. “It wasn’t manure.”
It was methane, leaking from a corroded well casing at the Tessary Hollow storage field, where Calvert Midstream Partners stores natural gas in a depleted reservoir more than 2,000 feet underground. According to a report the company later filed with state regulators, the well released an estimated 1,900 metric tons of methane over 23 days before crews sealed it on March 2.
Calvert Midstream said in an emailed statement that it had notified the state’s Office of Underground Storage Safety within 24 hours of confirming the leak, “as required by law,” and that “at no time did the release pose a risk to public health.”
The office confirmed the timeline. “The operator met its reporting obligations,” a spokesman for the office, Trevor Gaines, wrote in response to questions. He added that the agency’s review was “ongoing” and declined to say whether penalties were under consideration.
But the timeline depends on when the leak was “confirmed,” and that is where residents and the company part ways.
This story is funded by readers like you. Donate now.
A former Calvert field technician, who spoke on condition of anonymity because he still works in the industry, said pressure readings at the well had been “drifting for at least a week” before anyone was sent to inspect it. “Everybody on the crew knew something was off,” he said. “Nobody wanted to be the one to shut in a well in the middle of a cold snap.”
Calvert did not respond to questions about the technician’s account.
Researchers say leaks like this one are more common than official records suggest. Amara Delacroix, an atmospheric scientist at Kessel State University who measures methane plumes from aircraft, said the old storage fields of the Appalachian basin are “a patchwork of wells drilled before anyone was thinking about methane.”
“Some of these wells are 70, 80 years old,” she said. “They were never designed to hold gas under pressure every winter and release it every spring, and the steel knows that even if the paperwork doesn’t.”
Her group’s 2023 paper, “Hidden Emitters of the Appalachian Basin,” found that storage-field emissions in three states were likely underestimated by a factor of four.
For Oyler, the numbers matter less than the weeks she spent not knowing. At a township meeting on March 18, she read a statement she had written on the back of her children’s school calendar.
“I’m not against gas. My husband works in the oil field. We heat our house with it,” she told the room.
“But when I call and say something is wrong, I want someone to come and look, not tell me it’s manure. I want a siren, a text message, a knock on the door. Anything.
“My kids were breathing that for three weeks, and the first time anyone told us anything official was in the newspaper.”
Township trustee Carl Wenzlick said the board would ask Calvert to pay for a text-alert system for the roughly 600 homes within two miles of the field.
“If they can track pressure to the decimal point, they can send a text,” he said.""",
    [
        (
            "I called the gas company twice. Both times they told me it was the farm down the road spreading manure,",
            "Janelle Oyler",
            "Oyler",
            "said",
        ),
        ("It wasn’t manure.", "Janelle Oyler", "Oyler", "said"),
        ("as required by law,", "Calvert Midstream Partners", "Calvert Midstream", "said"),
        (
            "at no time did the release pose a risk to public health.",
            "Calvert Midstream Partners",
            "Calvert Midstream",
            "said",
        ),
        ("The operator met its reporting obligations,", "Trevor Gaines", "Trevor Gaines", "wrote"),
        ("ongoing", "Trevor Gaines", "He", "added"),
        (
            "drifting for at least a week",
            "technician",
            "A former Calvert field technician",
            "said",
        ),
        ("Everybody on the crew knew something was off,", "technician", ("he said", "he"), "said"),
        (
            "Nobody wanted to be the one to shut in a well in the middle of a cold snap.",
            "technician",
            ("he said", "he"),
            "said",
        ),
        (
            "a patchwork of wells drilled before anyone was thinking about methane.",
            "Amara Delacroix",
            "Amara Delacroix",
            "said",
        ),
        (
            "Some of these wells are 70, 80 years old,",
            "Amara Delacroix",
            ("she said", "she"),
            "said",
        ),
        (
            "They were never designed to hold gas under pressure every winter and release it every spring, and the steel knows that even if the paperwork doesn’t.",
            "Amara Delacroix",
            ("she said", "she"),
            "said",
        ),
        (
            "I’m not against gas. My husband works in the oil field. We heat our house with it,",
            "Janelle Oyler",
            ("she told", "she"),
            "told",
        ),
        (
            "But when I call and say something is wrong, I want someone to come and look, not tell me it’s manure. I want a siren, a text message, a knock on the door. Anything.",
            "Janelle Oyler",
            ("she told", "she"),
            "told",
        ),
        (
            "My kids were breathing that for three weeks, and the first time anyone told us anything official was in the newspaper.",
            "Janelle Oyler",
            ("she told", "she"),
            "told",
        ),
        (
            "If they can track pressure to the decimal point, they can send a text,",
            "Carl Wenzlick",
            ("he said", "he"),
            "said",
        ),
    ],
    ["confirmed,", "Hidden Emitters of the Appalachian Basin,"],
)

article(
    "blind32-en06",
    "en",
    """Winter swimmers in Lahti fight to save lakeside sauna

The city says the 1960s log sauna is beyond repair. Club members say nobody asked them.

Yle News
15.1.2025 16:02
Updated 15.1.2025 18:30

The city of Lahti plans to demolish a wooden sauna used by a winter swimming club for six decades, saying the building can no longer be used safely. Club members say the decision was made without consulting them.
The Kalliolahti sauna, a red log building at the edge of the lake, has been used by the Lahti Ice Hole Society (Lahden Avantoseura) since the club was founded in 1964. The society has around 900 members.
The sauna at Kalliolahti beach has been heated almost every day since 1964. Image: Juho Lampinen / Yle
According to engineering firm Rakennuskunto Oy, which inspected the building for the city in the autumn, the foundations have rotted and the chimney "no longer meets fire safety requirements in any respect".
"We understand that the building is old. So are many of our members," the society's chair Marjatta Hiltunen told Yle. "But nobody from the city came to talk to us before the decision was announced. We read about it on Facebook."
Hiltunen said the society had offered to cover part of the renovation, which the city estimates would cost around 180,000 euros.
"We have 40,000 euros in the bank. We could raise more. People would donate," she said.
City: safety comes first
Lahti's head of sports services, Janne Koivisto, said the city had no real alternative.
"If the chimney fails and there is a fire while thirty people are inside, who is responsible? The city is," Koivisto said.
He added that a new prefabricated sauna would be installed at the beach "by next winter at the latest".
Asked whether the society should have been consulted earlier, Koivisto admitted the communication "could have been better".
"That is on us. But the decision itself was not a difficult one."
For the swimmers, the sauna is about more than heat. Retired teacher Pirkko Salmela, 78, has swum in the ice hole every winter morning for 31 years.
"My doctor says it's the reason I don't take blood pressure pills," she laughed. "The new sauna will be a box. This one has a soul. You can smell sixty years of birch whisks in the walls."
The society has launched a petition titled "Save the Kalliolahti Sauna", which had gathered more than 4,000 signatures by Wednesday afternoon.
The city's technical board will discuss the demolition at its meeting on 28 January. Board chair Tuomas Rautio said he was open to "looking at all the options, including renovation, if the numbers make sense".
The interviews were conducted in Finnish.
Users with an Yle ID can leave comments on our news stories. You can create your Yle ID via this link.""",
    [
        (
            "no longer meets fire safety requirements in any respect",
            "Rakennuskunto Oy",
            "Rakennuskunto Oy",
            "According to",
        ),
        (
            "We understand that the building is old. So are many of our members,",
            "Marjatta Hiltunen",
            "Marjatta Hiltunen",
            "told",
        ),
        (
            "But nobody from the city came to talk to us before the decision was announced. We read about it on Facebook.",
            "Marjatta Hiltunen",
            "Marjatta Hiltunen",
            "told",
        ),
        (
            "We have 40,000 euros in the bank. We could raise more. People would donate,",
            "Marjatta Hiltunen",
            ("she said", "she"),
            "said",
        ),
        (
            "If the chimney fails and there is a fire while thirty people are inside, who is responsible? The city is,",
            "Janne Koivisto",
            "Koivisto",
            "said",
        ),
        ("by next winter at the latest", "Janne Koivisto", "He", "added"),
        ("could have been better", "Janne Koivisto", "Koivisto", "admitted"),
        (
            "That is on us. But the decision itself was not a difficult one.",
            "Janne Koivisto",
            None,
            None,
        ),
        (
            "My doctor says it's the reason I don't take blood pressure pills,",
            "Pirkko Salmela",
            ("she laughed", "she"),
            "laughed",
        ),
        (
            "The new sauna will be a box. This one has a soul. You can smell sixty years of birch whisks in the walls.",
            "Pirkko Salmela",
            ("she laughed", "she"),
            "laughed",
        ),
        (
            "looking at all the options, including renovation, if the numbers make sense",
            "Tuomas Rautio",
            "Tuomas Rautio",
            "said",
        ),
    ],
    ["Save the Kalliolahti Sauna"],
)

article(
    "blind32-en07",
    "en",
    """Harrow & Lyle pulls Marling memoir: ‘We were deceived’

Tom Ashdown
Tuesday 4 March 2025

Harrow & Lyle has withdrawn Under the Linden Tree, the bestselling memoir by Edwin Marling, and will pulp all remaining stock after an investigation found that the wartime diary at the heart of the book, presented as the journal of Marling’s father, was written decades after the events it describes.
The independent publisher said on Monday (3rd March) that the book, which has sold more than 60,000 copies across formats since its release last September, would be removed from sale ‘with immediate effect’.
Managing director Caroline Fennimore said: ‘We were deceived, and so were our readers. We published this book in good faith, on the basis of documents we had every reason to believe were genuine. They were not.’
The problems were first raised by historian Dr Naomi Achterberg, who noticed that an entry dated 1944 referred to a road that was not built until 1958. ‘Once you see one, you see them everywhere,’ she told The Bookseller. ‘There is a bus route that didn’t exist, and a song that hadn’t been written yet. It isn’t a diary. It’s a novel wearing a diary’s clothes.’
In a statement issued through his agent, Marling, 81, said he had ‘reconstructed’ some entries from his father’s stories after the original notebooks were damaged in a flood, and that he ‘never intended to mislead anyone’.
‘My father’s story is true. The words on the page are my best attempt to recover what the water took,’ he said in the statement.
Read more: Harrow & Lyle names new non-fiction publisher
Marling’s agent, Simon Oduya of the Brackwell Agency, said the author was ‘devastated’ and was ‘not well enough to give interviews’.
Booksellers contacted by The Bookseller were divided over the decision to pulp the book rather than relabel it. Hannah Pryce, owner of Pryce & Daughter Books in Ludlow, said customers had been ringing all morning.
‘One lady asked me whether she should give back the copy she’d bought for her husband’s birthday. I said, “Keep it. It’s a collector’s item now,”’ Pryce said.
A bookseller at a chain branch in Leeds, who asked not to be named, said: ‘We sold it as non-fiction. If I’d bought it, I’d want my money back, not a shrug.’
Harrow & Lyle said customers could return copies to the shop where they bought them for a full refund, which the publisher would cover.
The Society of Memoir Writers said the case was ‘a wake-up call for the whole industry’. Its chair, Rupert Vance, added: ‘Fact-checking is expensive. Not fact-checking is about to become a great deal more so.’
Under the Linden Tree was shortlisted for the Fenwick Prize for Non-Fiction in November. The prize’s organisers said on Monday evening that the book had been ‘removed from consideration’ and that the shortlist would not be reopened.
Sign up to The Bookseller’s daily newsletter""",
    [
        ("We were deceived", "Caroline Fennimore", None, None),
        ("with immediate effect", "Harrow & Lyle", "The independent publisher", "said"),
        (
            "We were deceived, and so were our readers. We published this book in good faith, on the basis of documents we had every reason to believe were genuine. They were not.",
            "Caroline Fennimore",
            "Caroline Fennimore",
            "said",
        ),
        (
            "Once you see one, you see them everywhere,",
            "Naomi Achterberg",
            ("she told", "she"),
            "told",
        ),
        (
            "There is a bus route that didn’t exist, and a song that hadn’t been written yet. It isn’t a diary. It’s a novel wearing a diary’s clothes.",
            "Naomi Achterberg",
            ("she told", "she"),
            "told",
        ),
        ("reconstructed", "Edwin Marling", ("Marling, 81", "Marling"), "said"),
        ("never intended to mislead anyone", "Edwin Marling", ("Marling, 81", "Marling"), "said"),
        (
            "My father’s story is true. The words on the page are my best attempt to recover what the water took,",
            "Edwin Marling",
            ("he said", "he"),
            "said",
        ),
        ("devastated", "Simon Oduya", "Simon Oduya", "said"),
        ("not well enough to give interviews", "Simon Oduya", "Simon Oduya", "said"),
        (
            "One lady asked me whether she should give back the copy she’d bought for her husband’s birthday. I said, “Keep it. It’s a collector’s item now,”",
            "Hannah Pryce",
            "Pryce",
            "said",
        ),
        (
            "We sold it as non-fiction. If I’d bought it, I’d want my money back, not a shrug.",
            "bookseller",
            "A bookseller at a chain branch in Leeds",
            "said",
        ),
        (
            "a wake-up call for the whole industry",
            "Society of Memoir Writers",
            "The Society of Memoir Writers",
            "said",
        ),
        (
            "Fact-checking is expensive. Not fact-checking is about to become a great deal more so.",
            "Rupert Vance",
            "Rupert Vance",
            "added",
        ),
        ("removed from consideration", "organisers", "The prize’s organisers", "said"),
    ],
)

article(
    "blind32-en08",
    "en",
    """Riders stop racing in protest as Tour des Crêtes stage is neutralised over dangerous finish

"We are not animals in a circus," says peloton's union chief after riders refuse to contest a wet downhill finale

By Oliver Stanhope
published 2 days ago

The fourth stage of the Tour des Crêtes was neutralised on Thursday after riders refused to race the final 12 kilometres, a fast descent into Saint-Aubrey-les-Monts that several teams had described as "a disaster waiting to happen" before the race began.
The peloton rolled to a halt at the top of the Col de la Brêche, where riders spoke with race director Gilles Marchetti for almost 20 minutes before the organisers agreed to stop the clock. The stage was then ridden at a neutral pace to the finish and no result was recorded.
"We asked for the finish to be moved in February. We asked again last week. Today we stopped asking," said Mathis Verbeke, president of the Professional Riders' Association (PRA), who travelled to the race on Wednesday.
"We are not animals in a circus. You don't put 150 riders on wet roads at 90km/h and call it entertainment."
Riders wait at the top of the Col de la Brêche on stage four (Image credit: Lena Moreau/Sportpix)
Marchetti defended the route, saying the descent had been resurfaced in the spring and checked by the governing body's safety officer. "The road was inspected, the barriers were in place, the motorbikes were in position. Everything was done by the rules," the race director said. "But the riders decided, and we respect that. Safety is not a competition."
Asked whether the finish would be changed next year, he replied: "We will sit down with everyone. I'm not going to promise anything on a mountain in the rain."
Not everyone in the bunch agreed with the protest. Race leader Tobias Engström, whose Velora-Kessler team had planned to attack on the descent, said the decision was taken "by people who were never going to win today anyway".
"I respect my colleagues, but I came here to race," the Swede told reporters at the team bus. "If it's raining, it's raining. That's cycling."
His sports director was more measured. "Tobias is frustrated, that's normal," said Velora-Kessler's Hervé Lacombe. "In the end he keeps the leader's jersey and nobody crashed. I'll take that."
Arvena's Lucas Pinheiro, who broke his collarbone on the same descent two years ago, had told his team the night before that he would not race it flat out.
"My mother called me this morning and said, 'Promise me you'll brake.' I told her I'd do better than that," he said with a smile.
Posters along the route still carried the race's slogan, "Ride the Edge", as the riders freewheeled past.
In a statement released after the stage, the PRA said it would ask the governing body to introduce "binding safety standards for finishes, not guidelines that organisers can ignore".
Race organiser Crêtes Sport Organisation said in a short statement that it "regrets that the spectacle could not take place" and would review the finish "with all stakeholders".
Stage five, a hilly 174km route to Gérardmer, takes place on Friday.
Thank you for reading 5 articles this month* Join now for unlimited access""",
    [
        (
            "We are not animals in a circus,",
            "Mathis Verbeke",
            ("says peloton's union chief", "peloton's union chief"),
            "says",
        ),
        ("a disaster waiting to happen", "teams", "several teams", "had described"),
        (
            "We asked for the finish to be moved in February. We asked again last week. Today we stopped asking,",
            "Mathis Verbeke",
            "Mathis Verbeke",
            "said",
        ),
        (
            "We are not animals in a circus. You don't put 150 riders on wet roads at 90km/h and call it entertainment.",
            "Mathis Verbeke",
            None,
            None,
        ),
        (
            "The road was inspected, the barriers were in place, the motorbikes were in position. Everything was done by the rules,",
            "Gilles Marchetti",
            ("the race director said", "the race director"),
            "said",
        ),
        (
            "But the riders decided, and we respect that. Safety is not a competition.",
            "Gilles Marchetti",
            ("the race director said", "the race director"),
            "said",
        ),
        (
            "We will sit down with everyone. I'm not going to promise anything on a mountain in the rain.",
            "Gilles Marchetti",
            ("he replied", "he"),
            "replied",
        ),
        (
            "by people who were never going to win today anyway",
            "Tobias Engström",
            "Tobias Engström",
            "said",
        ),
        (
            "I respect my colleagues, but I came here to race,",
            "Tobias Engström",
            "the Swede",
            "told",
        ),
        ("If it's raining, it's raining. That's cycling.", "Tobias Engström", "the Swede", "told"),
        ("Tobias is frustrated, that's normal,", "Hervé Lacombe", "Hervé Lacombe", "said"),
        (
            "In the end he keeps the leader's jersey and nobody crashed. I'll take that.",
            "Hervé Lacombe",
            "Hervé Lacombe",
            "said",
        ),
        (
            "My mother called me this morning and said, 'Promise me you'll brake.' I told her I'd do better than that,",
            "Lucas Pinheiro",
            ("he said", "he"),
            "said",
        ),
        (
            "binding safety standards for finishes, not guidelines that organisers can ignore",
            "Professional Riders' Association",
            "the PRA",
            "said",
        ),
        (
            "regrets that the spectacle could not take place",
            "Crêtes Sport Organisation",
            "Crêtes Sport Organisation",
            "said",
        ),
        ("with all stakeholders", "Crêtes Sport Organisation", "Crêtes Sport Organisation", "said"),
    ],
    ["Ride the Edge"],
)


def main() -> None:
    SET.write(Path(__file__).with_name("blind32_en.jsonl"), WORDS_RANGE)


if __name__ == "__main__":
    main()
