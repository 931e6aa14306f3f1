# ruff: noqa: E501, RUF001
# Prose articles with typographic quotation marks: the long lines and the marks are the data.
"""Builds blind44_en.jsonl: a forty-fourth blind English quotation set (written for depeche, CC0).
Written from scratch by a helper who never read the quotes code, so that its score is an honest,
blind estimate of how ``depeche.quotes`` does on English news text nobody tuned it on. Every
story, person, place and organisation is invented (real countries, regions, cities and a few
public bodies aside). Beats and outlets imitated: a council voting to fell an old gum for a
roundabout (InDaily, Adelaide: a dek partial quote with "the mayor saying", a staff report that
"states", "she told the meeting", an interrupted quote with "said one resident, a retired
schoolteacher ...,", an uncued follow-on paragraph, a department by its initials, an MLC's
Facebook post with "she wrote", a tree nickname, a placard, a petition and a program in marks),
a judge referring a solicitor over a copied affidavit (Lawyers Weekly: a headline partial quote
with no cue, a dek quote of "A Federal Circuit and Family Court judge", "Her Honour wrote:" with
a nested single-marked passage, an interrupted quote with "her Honour said", partial quotes
after "He said", "the judge said", a regulator by its initials, a quote over two paragraphs, a
CPD module title in marks), a rural rugby club without a senior team (The Spinoff: a headline
quote with no cue, present-tense "says", two Tipenes told apart by first name and pronoun, an
interrupted quote, a chief executive's statement, a club Facebook post that "posted", a ground
nickname, a drive and a podcast title in marks), coffee farmers unpaid by a miller (Business
Daily Africa: straight marks with nested single ones, a summary bullet with "The miller blames",
a society letter that "warned", a company named later as "the firm" and "the statement", an
unnamed farmer, a placard and a payment system in marks), flower vendors told to move (VnExpress
International: Vietnamese names later shortened to the given name, a ward notice that "said" and
"warned", an uncued follow-on paragraph, an interrupted quote, a retired teacher, a lane
nickname and a sign in marks), a roofer sentenced for fraud (Calgary Herald: a dek quote with
"judge tells", "Oduya told Kroeker", "The judge said", Crown and defence lawyers, a victim impact
statement with "she wrote", an interrupted quote with "he said, his voice breaking,", an
association's alert, a slogan in marks), cable ties against swooping magpies (Cosmos: "says
lead author Dr", a paper's authors who "write", an outside expert's comments to the AusSMC over
two paragraphs, a cycling group's president, a paper title, a nickname, a term and painted
"eyes" in marks) and a coworking firm delaying salaries (Mint: straight marks, a summary with an
unnamed employee, an internal email, anonymous people "aware of the matter", a spokesperson's
emailed answer, a founder's LinkedIn post with "he wrote", an unnamed commenter, an unnamed
labour official, a term in marks). Titles, names, terms, nicknames, signs, placards and slogans
in marks are listed as non-quotes. Gold conventions are those of build_dev.py.

Do not tune the extractor on this file: it measures, it does not teach. Run
``python tests/data/quotes/build_blind44_en.py`` after editing.
Bodies are named by their full name, also when the text gives a short one in brackets.
"""

from __future__ import annotations

from pathlib import Path

from build_dev import ArticleSet

SET = ArticleSet()
article = SET.article
WORDS_RANGE = (300, 650)


article(
    "blind44-en01",
    "en",
    """Council votes to fell ‘Old Hollow’ gum for $2.4m roundabout

Councillors have voted 7-5 to remove a river red gum believed to be older than European settlement, with the mayor saying road safety had to come “first”.

Declan Hurst
@declanhurst
Wednesday April 15, 2026

The river red gum on the corner of Portrush Lane and Bellmere Road. Photo: Declan Hurst/InDaily

A river red gum thought to be more than 300 years old will be cut down to make way for a roundabout in Kilkerran Park after Norwood Fields Council voted 7-5 on Tuesday night to proceed with a $2.4 million intersection upgrade.
The tree, known to locals as “Old Hollow” because of a cavity at its base large enough for a child to stand in, sits on the corner of Portrush Lane and Bellmere Road, where council data shows 19 crashes have been recorded since 2020.
A staff report tabled at the meeting states that keeping the tree “would require a redesign that does not meet the safety objectives of the project” and would add an estimated $600,000 to the cost.
Mayor Adrienne Koulouris said the decision was “the hardest this chamber has made in my time on council”.
“Nobody around this table wanted to lose that tree,” she told the meeting. “But I have read every one of those crash reports, and some of them involve children on bikes.”
Read more: Hills council knocks back 40km/h zones for main streets
Councillor Marco Ventura, who moved an unsuccessful amendment to defer the vote, said the council had “given up on the tree before it ever looked properly at the alternatives”.
“We were told in February there would be an independent arborist’s assessment,” Ventura said. “Where is it? We are about to take a chainsaw to something that was standing before European settlement, and we are doing it on the strength of a staff report and a traffic model.”
About 40 residents filled the public gallery, several holding placards reading “Roundabouts go around trees”.
“I’ve got nothing against roundabouts,” said one resident, a retired schoolteacher who has lived on Bellmere Road for 41 years and asked that her name not be published, “but where I come from you build them around a tree, not through it.”
A petition titled “Save Old Hollow” gathered more than 2100 signatures before it was tabled last month.
Council’s director of city infrastructure, Sanjay Reddy, said seed had already been collected from the tree and would be propagated at the council nursery.
“We will plant 30 replacement trees in the surrounding streets, and at least some of them will be Old Hollow’s own offspring,” Reddy said.
“The timber will not be mulched. We have offered it to local schools, to the Men’s Shed and to anyone who wants to make something lasting out of it.”
The state government contributed $1.2 million to the project through its “Safer Local Roads” program. A spokesperson for the Department for Infrastructure and Transport (DIT) said the design of the intersection was “a matter for council”.
Independent MLC Helena Sarris, who lives in the area, criticised the decision on Facebook shortly after the vote.
“Three centuries of growth, seven votes and about ninety minutes of debate,” she wrote. “That is the whole story of how we treat old trees in this state.”
Koulouris said works were expected to begin in August, after the breeding season of a pair of rainbow lorikeets nesting in the hollow.
Ventura said he would seek to have the decision rescinded at next month’s meeting.
Local News
Share
Facebook Twitter LinkedIn Email
InDaily is independent. Support our journalism.""",
    [
        ("first", "Adrienne Koulouris", "the mayor", "saying"),
        (
            "would require a redesign that does not meet the safety objectives of the project",
            "Norwood Fields Council",
            "A staff report",
            "states",
        ),
        (
            "the hardest this chamber has made in my time on council",
            "Adrienne Koulouris",
            "Mayor Adrienne Koulouris",
            "said",
        ),
        (
            "Nobody around this table wanted to lose that tree,",
            "Adrienne Koulouris",
            ("she told", "she"),
            "told",
        ),
        (
            "But I have read every one of those crash reports, and some of them involve children on bikes.",
            "Adrienne Koulouris",
            ("she told", "she"),
            "told",
        ),
        (
            "given up on the tree before it ever looked properly at the alternatives",
            "Marco Ventura",
            "Councillor Marco Ventura",
            "said",
        ),
        (
            "We were told in February there would be an independent arborist’s assessment,",
            "Marco Ventura",
            ("Ventura said", "Ventura"),
            ("Ventura said", "said"),
        ),
        (
            "Where is it? We are about to take a chainsaw to something that was standing before European settlement, and we are doing it on the strength of a staff report and a traffic model.",
            "Marco Ventura",
            ("Ventura said", "Ventura"),
            ("Ventura said", "said"),
        ),
        (
            "I’ve got nothing against roundabouts,",
            "resident",
            ("said one resident", "one resident"),
            ("said one resident", "said"),
        ),
        (
            "but where I come from you build them around a tree, not through it.",
            "resident",
            ("said one resident", "one resident"),
            ("said one resident", "said"),
        ),
        (
            "We will plant 30 replacement trees in the surrounding streets, and at least some of them will be Old Hollow’s own offspring,",
            "Sanjay Reddy",
            ("Reddy said", "Reddy"),
            ("Reddy said", "said"),
        ),
        (
            "The timber will not be mulched. We have offered it to local schools, to the Men’s Shed and to anyone who wants to make something lasting out of it.",
            "Sanjay Reddy",
            None,
            None,
        ),
        (
            "a matter for council",
            "Department for Infrastructure and Transport",
            "A spokesperson for the Department for Infrastructure and Transport",
            ("(DIT) said", "said"),
        ),
        (
            "Three centuries of growth, seven votes and about ninety minutes of debate,",
            "Helena Sarris",
            ("she wrote", "she"),
            "wrote",
        ),
        (
            "That is the whole story of how we treat old trees in this state.",
            "Helena Sarris",
            ("she wrote", "she"),
            "wrote",
        ),
    ],
    [
        "Old Hollow",
        "Old Hollow",
        "Roundabouts go around trees",
        "Save Old Hollow",
        "Safer Local Roads",
    ],
)


article(
    "blind44-en02",
    "en",
    """Judge refers solicitor to regulator over ‘copy-and-paste’ affidavit

A Federal Circuit and Family Court judge has said the duty of candour owed by practitioners “is not a formality” after an affidavit filed in a migration matter described a wife and children the applicant does not have.

By Naomi Castellan
09 April 2026
Big Law / Boutique / Courts

Filed under: Migration, Ethics, Practice management

A Sydney solicitor has been referred to the Office of the NSW Legal Services Commissioner (OLSC) after a judge found that an affidavit he prepared for a protection visa applicant had been largely copied from another client’s file.
In reasons published last week in Hassani v Minister for Immigration, Citizenship and Multicultural Affairs, Judge Miriam Okonjo-Walsh said the affidavit contained “at least eleven factual assertions” that the applicant, a 29-year-old Afghan national, had never made.
Her Honour wrote: “The affidavit refers at paragraph 14 to ‘my wife and two children in Herat’. The applicant is unmarried. He has never been to Herat. He gave unchallenged evidence that he first saw the document on the morning of the hearing.”
“This was, on any view,” her Honour said, “a copy-and-paste exercise, and it was one that placed the applicant’s credibility, and potentially his safety, at risk.”
The solicitor, Kamal Rafiq, principal of Rafiq Legal in Parramatta, told the court he had used an earlier client’s affidavit as a template while working on 40 matters with a single paralegal. He said the error was “entirely mine” and had been made “under enormous time pressure”.
Judge Okonjo-Walsh accepted that Mr Rafiq was contrite, but said pressure of work “explains the error; it does not excuse it”.
“The duty of candour is not a formality. It is the reason courts can act on what practitioners put before them,” the judge said.
The matter was remitted for rehearing before a differently constituted tribunal.
Contacted by Lawyers Weekly, a spokesperson for the OLSC said the office “does not comment on whether a complaint or referral has been received in relation to any individual practitioner”.
Mr Rafiq did not respond to requests for comment. According to the judgment, he has since completed the continuing professional development module “Ethics in Migration Practice” and has engaged a second paralegal.
Dr Helen Tsakalos, president of the Refugee Law Practitioners Network, said the case should prompt a wider conversation about caseloads in the sector.
“Most migration practitioners I know are drowning in files,” Dr Tsakalos told Lawyers Weekly. “That is the context. It is not a defence, and I don’t think anyone in our network would pretend it is.
“What worries me is the client. Someone in this man’s position has one chance to tell his story, and if the document that tells it is wrong, a tribunal may never believe him again.”
She said the network would publish practice notes on affidavit preparation before the end of the financial year, and urged firms to build in time for clients to read documents in their own language before they are signed.
Sydney barrister Oliver Penhaligon, who regularly appears in migration matters, said the judgment was “a useful reminder, written more gently than it might have been”.
“Her Honour could have said a great deal more,” he said.
RELATED ARTICLES
Practitioners warned over AI-drafted submissions in tribunal matters
Share this article
Naomi Castellan is a journalist at Lawyers Weekly. You can email her at naomi.castellan@momentummedia.com.au""",
    [
        ("copy-and-paste", "Miriam Okonjo-Walsh", None, None),
        (
            "is not a formality",
            "Miriam Okonjo-Walsh",
            "A Federal Circuit and Family Court judge",
            ("has said", "said"),
        ),
        (
            "at least eleven factual assertions",
            "Miriam Okonjo-Walsh",
            "Judge Miriam Okonjo-Walsh",
            "said",
        ),
        (
            "The affidavit refers at paragraph 14 to ‘my wife and two children in Herat’. The applicant is unmarried. He has never been to Herat. He gave unchallenged evidence that he first saw the document on the morning of the hearing.",
            "Miriam Okonjo-Walsh",
            ("Her Honour wrote", "Her Honour"),
            "wrote",
        ),
        (
            "This was, on any view,",
            "Miriam Okonjo-Walsh",
            ("her Honour said", "her Honour"),
            ("her Honour said", "said"),
        ),
        (
            "a copy-and-paste exercise, and it was one that placed the applicant’s credibility, and potentially his safety, at risk.",
            "Miriam Okonjo-Walsh",
            ("her Honour said", "her Honour"),
            ("her Honour said", "said"),
        ),
        (
            "entirely mine",
            "Kamal Rafiq",
            ("He said the error", "He"),
            ("He said the error", "said"),
        ),
        (
            "under enormous time pressure",
            "Kamal Rafiq",
            ("He said the error", "He"),
            ("He said the error", "said"),
        ),
        (
            "explains the error; it does not excuse it",
            "Miriam Okonjo-Walsh",
            "Judge Okonjo-Walsh",
            ("but said pressure", "said"),
        ),
        (
            "The duty of candour is not a formality. It is the reason courts can act on what practitioners put before them,",
            "Miriam Okonjo-Walsh",
            ("the judge said", "the judge"),
            ("the judge said", "said"),
        ),
        (
            "does not comment on whether a complaint or referral has been received in relation to any individual practitioner",
            "Office of the NSW Legal Services Commissioner",
            "a spokesperson for the OLSC",
            ("OLSC said", "said"),
        ),
        (
            "Most migration practitioners I know are drowning in files,",
            "Helen Tsakalos",
            "Dr Tsakalos",
            "told",
        ),
        (
            "That is the context. It is not a defence, and I don’t think anyone in our network would pretend it is.",
            "Helen Tsakalos",
            "Dr Tsakalos",
            "told",
        ),
        (
            "What worries me is the client. Someone in this man’s position has one chance to tell his story, and if the document that tells it is wrong, a tribunal may never believe him again.",
            "Helen Tsakalos",
            None,
            None,
        ),
        (
            "a useful reminder, written more gently than it might have been",
            "Oliver Penhaligon",
            "Oliver Penhaligon",
            "said",
        ),
        (
            "Her Honour could have said a great deal more,",
            "Oliver Penhaligon",
            ("he said", "he"),
            "said",
        ),
    ],
    ["Ethics in Migration Practice"],
)


article(
    "blind44-en03",
    "en",
    """SportsApril 18, 2026

‘We just ran out of blokes’: the rural rugby club that couldn’t field a team

For the first time in 112 years, Te Rauwhiri won’t have a senior side this winter. Mihi Carrington went to find out why.

By Mihi Carrington

The clubrooms at Te Rauwhiri smell the way clubrooms everywhere smell in April: linseed oil, old carpet, a pie warmer somebody forgot to turn off. On the wall, 112 team photos run in a line from the door to the bar. The last frame is empty.
“That’s where this year’s would’ve gone,” says Aroha Tipene, the club secretary, pointing at the gap. “I haven’t had the heart to take the hook down.”
Last month Te Rauwhiri Rugby and Sports Club told the Tainui Plains Rugby Union it could not register a premier or reserve grade team for the 2026 season. The union confirmed the withdrawal in a one-line notice to clubs.
The reasons are not complicated. The dairy farms around the settlement need fewer workers than they did; the young men who would have played are in Hamilton, Brisbane or Perth; the ones who stayed are working weekends.
“We just ran out of blokes,” Tipene says. “It’s that simple and it’s that sad.”
Her husband, Wiremu Tipene, played 140 games for the club and coached the seniors for eight seasons. He is blunter.
“You can’t put fifteen men on a paddock when you’ve got eleven, and two of them are over forty,” he says, “and one of those two is me.”
The club’s home ground, a sloping field behind the marae that everyone calls “the Tilt”, will still host junior and women’s games. The women’s team, formed only in 2022, has 24 registered players and won its grade last year.
Captain Shayla Rangihuna, 26, says the women’s side is proof the club isn’t finished.
“People keep calling us ‘the dying club’. We’re not dying. The men’s side is having a year off,” she says. “Write that down.”
In a statement to The Spinoff, the union’s chief executive, Grant Mehlhopt, said the union was “working closely with Te Rauwhiri and other rural clubs on sustainable models, including merged teams and shorter-format competitions”.
He said four clubs in the union had either merged or withdrawn senior teams in the past five years.
Not everyone thinks merging is the answer. When the union floated a combined side with neighbouring Ōkaia last year, the club’s Facebook page posted a photo of the empty frame and a single line: “112 years of our own jersey. Not yet.” The post was shared more than 900 times.
Tipene says the club will try again in 2027. A recruitment drive, which someone named “Bring Them Home” on a Thursday night after a few drinks, will target former players living in the city.
“If we can get ten of them to come back for home games, and we find five more locally, we’re away,” she says.
“And if not, well. We’ll still open the bar on Saturdays.”
Wiremu isn’t sure. Asked whether he thinks there will be a photo in that frame next year, he takes a long time to answer.
“Ask me in March,” he says.
The Spinoff’s rugby podcast, “Up the Guts”, is available wherever you get your podcasts.
Subscribe to Rec Room, a newsletter about sport.""",
    [
        ("We just ran out of blokes", "Aroha Tipene", None, None),
        (
            "That’s where this year’s would’ve gone,",
            "Aroha Tipene",
            "Aroha Tipene",
            "says",
        ),
        (
            "I haven’t had the heart to take the hook down.",
            "Aroha Tipene",
            "Aroha Tipene",
            "says",
        ),
        (
            "We just ran out of blokes,",
            "Aroha Tipene",
            ("Tipene says", "Tipene"),
            ("Tipene says", "says"),
        ),
        (
            "It’s that simple and it’s that sad.",
            "Aroha Tipene",
            ("Tipene says", "Tipene"),
            ("Tipene says", "says"),
        ),
        (
            "You can’t put fifteen men on a paddock when you’ve got eleven, and two of them are over forty,",
            "Wiremu Tipene",
            ("he says", "he"),
            "says",
        ),
        ("and one of those two is me.", "Wiremu Tipene", ("he says", "he"), "says"),
        (
            "People keep calling us ‘the dying club’. We’re not dying. The men’s side is having a year off,",
            "Shayla Rangihuna",
            ("she says", "she"),
            "says",
        ),
        ("Write that down.", "Shayla Rangihuna", ("she says", "she"), "says"),
        (
            "working closely with Te Rauwhiri and other rural clubs on sustainable models, including merged teams and shorter-format competitions",
            "Grant Mehlhopt",
            "Grant Mehlhopt",
            "said",
        ),
        (
            "112 years of our own jersey. Not yet.",
            "Te Rauwhiri Rugby and Sports Club",
            "the club’s Facebook page",
            "posted",
        ),
        (
            "If we can get ten of them to come back for home games, and we find five more locally, we’re away,",
            "Aroha Tipene",
            ("she says", "she"),
            "says",
        ),
        ("And if not, well. We’ll still open the bar on Saturdays.", "Aroha Tipene", None, None),
        ("Ask me in March,", "Wiremu Tipene", ("he says", "he"), "says"),
    ],
    ["the Tilt", "Bring Them Home", "Up the Guts"],
)


article(
    "blind44-en04",
    "en",
    """Coffee farmers accuse miller of withholding Sh84m cherry payments

Thursday, April 09, 2026

By MERCY WANJIRU

Summary
Kiamuthi Farmers' Co-operative Society says 3,200 members have not been paid for last season's crop.
The miller blames delayed sales at the auction and "unreconciled deliveries".

Coffee farmers in Othaya have accused a private miller of withholding Sh84 million in payments for last season's crop, sparking a standoff that threatens deliveries for the coming harvest.
Kiamuthi Farmers' Co-operative Society, which has about 3,200 active members, says it delivered 1.9 million kilogrammes of cherry to Highlands Gold Millers Limited (HGML) between October and January but has received only a fraction of the proceeds.
"Our members have taken loans against this money. Some have school fees to pay this month and they are coming to the office every morning asking where their money is," said Mr Peter Wachira Kamau, the society's chairman.
He said the society had written to the miller three times since February without a substantive response.
In its latest letter, dated March 27 and seen by the Business Daily, the society warned that it would "move its entire crop to an alternative miller" unless the arrears were cleared within 30 days.
HGML, one of the largest commercial millers in the Central region, denied any wrongdoing. In a statement signed by its managing director, Ms Caroline Ndung'u, the firm said the delays had been caused by "slow uptake at the Nairobi Coffee Exchange" and by discrepancies between the society's delivery records and its own.
"We have paid every shilling that has been reconciled and sold. The balance will be released as soon as the outstanding lots clear the auction," the statement said.
Ms Ndung'u later told the Business Daily that the firm was willing to "sit down with the society and go through the books line by line".
Farmers who spoke to the Business Daily at the society's Gatugi factory on Tuesday were less patient. A placard pinned to the factory gate read "Pay Us For Our Sweat".
"I have 600 trees. Last year I sold my cherry and I still have not seen a cent," said a farmer who declined to be named for fear of being victimised by the society's management. "We are told 'next week, next week'. Every week is next week."
Nyeri County Agriculture executive Dr Samuel Gitonga said the county had asked the Coffee Directorate to audit the accounts of both parties.
"The law is very clear that a farmer must be paid within a reasonable time after his coffee is sold. If anybody is holding farmers' money, we will know," Dr Gitonga said, adding that the audit was expected to take three weeks.
The dispute comes as the government pushes its "Direct Settlement System", under which auction proceeds are paid straight into farmers' accounts rather than passing through millers and marketers.
Mr Josephat Muriuki, an agricultural economist at the Mount Kenya Agrarian Policy Centre, said delayed payments were "the single biggest reason farmers are uprooting coffee for avocado".
"When a farmer waits eight months for money, you cannot blame him for planting a crop that pays in cash at the farm gate," he said.
Coffee production in the country fell to about 46,000 tonnes in the last crop year, according to industry data.
mwanjiru@ke.nationmedia.com
RELATED
Avocado exporters decry high freight costs to Europe""",
    [
        (
            "unreconciled deliveries",
            "Highlands Gold Millers Limited",
            "The miller",
            "blames",
        ),
        (
            "Our members have taken loans against this money. Some have school fees to pay this month and they are coming to the office every morning asking where their money is,",
            "Peter Wachira Kamau",
            "Mr Peter Wachira Kamau",
            "said",
        ),
        (
            "move its entire crop to an alternative miller",
            "Kiamuthi Farmers' Co-operative Society",
            "the society",
            "warned",
        ),
        (
            "slow uptake at the Nairobi Coffee Exchange",
            "Highlands Gold Millers Limited",
            "the firm",
            "said",
        ),
        (
            "We have paid every shilling that has been reconciled and sold. The balance will be released as soon as the outstanding lots clear the auction,",
            "Highlands Gold Millers Limited",
            ("the statement said", "the statement"),
            ("the statement said", "said"),
        ),
        (
            "sit down with the society and go through the books line by line",
            "Caroline Ndung'u",
            "Ms Ndung'u",
            "told",
        ),
        (
            "I have 600 trees. Last year I sold my cherry and I still have not seen a cent,",
            "farmer",
            ("said a farmer", "a farmer"),
            ("said a farmer", "said"),
        ),
        (
            "We are told 'next week, next week'. Every week is next week.",
            "farmer",
            ("said a farmer", "a farmer"),
            ("said a farmer", "said"),
        ),
        (
            "The law is very clear that a farmer must be paid within a reasonable time after his coffee is sold. If anybody is holding farmers' money, we will know,",
            "Samuel Gitonga",
            "Dr Gitonga",
            "said",
        ),
        (
            "the single biggest reason farmers are uprooting coffee for avocado",
            "Josephat Muriuki",
            "Mr Josephat Muriuki",
            "said",
        ),
        (
            "When a farmer waits eight months for money, you cannot blame him for planting a crop that pays in cash at the farm gate,",
            "Josephat Muriuki",
            ("he said", "he"),
            "said",
        ),
    ],
    ["Pay Us For Our Sweat", "Direct Settlement System"],
)


article(
    "blind44-en05",
    "en",
    """Vendors at 30-year-old Hanoi flower market told to move by month's end

By Minh Khue   April 14, 2026 | 07:12 pm GMT+7

Flower sellers at a dawn market on the edge of Hanoi's Long Bien District say relocating to a covered lot 800 meters away will cost them their regular customers.

Vendors arrange roses and chrysanthemums at the Bo Son flower market before dawn on April 13, 2026. Photo by VnExpress/Minh Khue

Every morning from around 3 a.m., about 70 vendors spread tarpaulins along both sidewalks of a lane beside the Red River dike in Bo Son Ward, selling roses, lilies, chrysanthemums and lotus brought in by truck from Me Linh and Da Lat.
By 7 a.m. the lane, known among Hanoi florists as "the dawn lane," is swept clean and reopened to traffic.
Last week, the ward People's Committee posted a notice on a lamppost at the entrance to the lane announcing that all trading on the sidewalks must end by April 30, when vendors will be moved to a covered lot on Thach Cau Street.
The notice said the relocation was needed to "restore order, ensure traffic safety and protect urban aesthetics" and warned that goods left on the sidewalk after the deadline "will be confiscated in accordance with regulations."
Nguyen Thi Hoa, 58, who has sold flowers on the lane since 1996, said she only learned of the decision when a customer read the notice to her.
"Nobody came to talk to us. One day there was just a piece of paper on the pole," Hoa said.
"The florists who buy from us come here because it's on their way into the city. Who is going to drive to a parking lot in the dark to buy 20 bunches of roses?"
Another vendor, Le Van Thanh, 41, said he had already paid a deposit on a stall at the new site but was worried about the rent, which he said was VND2.5 million (US$98) a month.
"Here we pay nothing except a small fee for cleaning. There, the rent alone is more than I earn in a bad week," said Thanh, who sells lotus in summer and peach blossoms before Tet.
Tran Van Dung, chairman of the Bo Son Ward People's Committee, said the ward had received "dozens of complaints" from residents about noise, wet sidewalks and trucks blocking the lane before dawn.
"We understand that this market has a long history. We are not closing it, we are moving it to a place where it can operate properly," Dung said.
He said the new lot had lighting, running water and space for delivery trucks, and that rent would be waived for the first three months.
Some residents welcomed the move. Pham Thi Ngoc, who lives at the end of the lane, said she had been woken "every single night for years" by engines and shouting.
"I like flowers as much as anybody," she said, "but not at three in the morning under my window."
Others are less certain. A retired teacher who has bought flowers on the lane every Sunday for two decades said the market was "part of the character" of the neighborhood and that moving it indoors would "turn it into just another shop."
Vendors said they would send a petition to the district asking for the deadline to be extended until after the summer lotus season.
A hand-painted sign propped against one of the stalls on Monday read: "Still here. Still fresh."

Read more
Hanoi to pilot pedestrian zone around West Lake on weekends""",
    [
        (
            "restore order, ensure traffic safety and protect urban aesthetics",
            "Bo Son Ward People's Committee",
            "The notice",
            "said",
        ),
        (
            "will be confiscated in accordance with regulations.",
            "Bo Son Ward People's Committee",
            "The notice",
            "warned",
        ),
        (
            "Nobody came to talk to us. One day there was just a piece of paper on the pole,",
            "Nguyen Thi Hoa",
            ("Hoa said", "Hoa"),
            ("Hoa said", "said"),
        ),
        (
            "The florists who buy from us come here because it's on their way into the city. Who is going to drive to a parking lot in the dark to buy 20 bunches of roses?",
            "Nguyen Thi Hoa",
            None,
            None,
        ),
        (
            "Here we pay nothing except a small fee for cleaning. There, the rent alone is more than I earn in a bad week,",
            "Le Van Thanh",
            ("said Thanh", "Thanh"),
            ("said Thanh", "said"),
        ),
        ("dozens of complaints", "Tran Van Dung", "Tran Van Dung", "said"),
        (
            "We understand that this market has a long history. We are not closing it, we are moving it to a place where it can operate properly,",
            "Tran Van Dung",
            ("Dung said", "Dung"),
            ("Dung said", "said"),
        ),
        ("every single night for years", "Pham Thi Ngoc", "Pham Thi Ngoc", "said"),
        ("I like flowers as much as anybody,", "Pham Thi Ngoc", ("she said", "she"), "said"),
        (
            "but not at three in the morning under my window.",
            "Pham Thi Ngoc",
            ("she said", "she"),
            "said",
        ),
        ("part of the character", "teacher", "A retired teacher", "said"),
        ("turn it into just another shop.", "teacher", "A retired teacher", "said"),
    ],
    ["the dawn lane,", "Still here. Still fresh."],
)


article(
    "blind44-en06",
    "en",
    """Roofer who took $310K in deposits from seniors sentenced to three years

'You took their savings and you took their trust,' judge tells Calgary contractor

Author of the article: Bryce Lindahl
Published Apr 16, 2026 • Last updated 1 hour ago • 3 minute read

Join the conversation

A Calgary roofing contractor who took deposits from dozens of homeowners — most of them seniors — and never did the work has been sentenced to three years in prison.
Court of King's Bench Justice Harold Oduya handed down the sentence Wednesday to Dale Everett Kroeker, 52, who pleaded guilty in January to one count of fraud over $5,000.
Kroeker, who operated as Summit Line Roofing, collected about $310,000 in deposits from 47 customers between the spring of 2022 and the fall of 2023, according to an agreed statement of facts.
"You took their savings and you took their trust," Oduya told Kroeker. "For some of these people, the second loss is the one they will feel longest."
The judge said the fact that most of the victims were over 70 was "a significant aggravating factor" and that Kroeker had continued taking deposits "well after he knew he could not honour them."
Crown prosecutor Laura Fenske had asked for four years. She told the court Kroeker's business had, for at least the final 10 months, operated "as a fraud with a truck and a logo."
"He wasn't a businessman who fell behind," Fenske said. "He was a man who kept selling roofs he knew he would never build."
Defence lawyer Amrit Sahota argued for two years less a day, noting his client had no prior record, had sold his home to repay about $62,000, and had been diagnosed with a gambling disorder after his arrest.
"Mr. Kroeker is not asking the court to forget what he did," Sahota said. "He is asking it to recognize that he has started to put it right."
In a victim impact statement read aloud by the Crown, Doris Pelletier, 81, wrote that she and her late husband had saved for two years to replace the roof on their Dover bungalow.
"He sat at my kitchen table and ate my cookies and told me he'd be back on Monday. I waited by the window for three weeks," she wrote. "I still cannot bring myself to answer the door to a stranger."
Another victim, a retired bus driver from Shawnessy, told the court he had to borrow from his son to finish the job.
When given a chance to speak, Kroeker stood and turned toward the gallery.
"I'm sorry," he said, his voice breaking, "and I know sorry doesn't fix a roof. I was in over my head and I lied to cover it."
Oduya also ordered restitution of about $248,000, the amount still owing.
Outside court, Pelletier's daughter, Monique Laroche, said the family was "relieved it's over" but doubted her mother would see much of the money.
"Three years is three years," she said. "Mom's roof still leaked all winter."
The Alberta Homeowners' Protection Association had issued an alert about Summit Line Roofing in 2023, warning consumers that the company had an "unresolved pattern of complaints." The company's trucks carried the slogan "Done Right, Done Once."
blindahl@postmedia.com
X: @BLindahlHerald

Article content
Share this article in your social network""",
    [
        (
            "You took their savings and you took their trust,",
            "Harold Oduya",
            ("judge tells", "judge"),
            ("judge tells", "tells"),
        ),
        (
            "You took their savings and you took their trust,",
            "Harold Oduya",
            ("Oduya told", "Oduya"),
            ("Oduya told", "told"),
        ),
        (
            "For some of these people, the second loss is the one they will feel longest.",
            "Harold Oduya",
            ("Oduya told", "Oduya"),
            ("Oduya told", "told"),
        ),
        ("a significant aggravating factor", "Harold Oduya", "The judge", "said"),
        ("well after he knew he could not honour them.", "Harold Oduya", "The judge", "said"),
        ("as a fraud with a truck and a logo.", "Laura Fenske", ("She told", "She"), "told"),
        (
            "He wasn't a businessman who fell behind,",
            "Laura Fenske",
            ("Fenske said", "Fenske"),
            ("Fenske said", "said"),
        ),
        (
            "He was a man who kept selling roofs he knew he would never build.",
            "Laura Fenske",
            ("Fenske said", "Fenske"),
            ("Fenske said", "said"),
        ),
        (
            "Mr. Kroeker is not asking the court to forget what he did,",
            "Amrit Sahota",
            ("Sahota said", "Sahota"),
            ("Sahota said", "said"),
        ),
        (
            "He is asking it to recognize that he has started to put it right.",
            "Amrit Sahota",
            ("Sahota said", "Sahota"),
            ("Sahota said", "said"),
        ),
        (
            "He sat at my kitchen table and ate my cookies and told me he'd be back on Monday. I waited by the window for three weeks,",
            "Doris Pelletier",
            ("she wrote", "she"),
            "wrote",
        ),
        (
            "I still cannot bring myself to answer the door to a stranger.",
            "Doris Pelletier",
            ("she wrote", "she"),
            "wrote",
        ),
        (
            "I'm sorry,",
            "Dale Everett Kroeker",
            ("he said, his voice", "he"),
            ("he said, his voice", "said"),
        ),
        (
            "and I know sorry doesn't fix a roof. I was in over my head and I lied to cover it.",
            "Dale Everett Kroeker",
            ("he said, his voice", "he"),
            ("he said, his voice", "said"),
        ),
        ("relieved it's over", "Monique Laroche", "Monique Laroche", "said"),
        ("Three years is three years,", "Monique Laroche", ("she said", "she"), "said"),
        ("Mom's roof still leaked all winter.", "Monique Laroche", ("she said", "she"), "said"),
        (
            "unresolved pattern of complaints.",
            "Alberta Homeowners' Protection Association",
            "The Alberta Homeowners' Protection Association",
            "warning",
        ),
    ],
    ["Done Right, Done Once."],
)


article(
    "blind44-en07",
    "en",
    """Nature & Environment

Cable ties won’t save you from swooping magpies, study finds

Helmet spikes may even make some birds more aggressive, researchers say.

Ellery Vance
16 April 2026

Image: A magpie swoops a cyclist on a suburban path. Credit: Getty Images

Every spring, thousands of Australian cyclists zip-tie plastic spikes to their helmets in the hope of deterring magpies. A new study suggests they may as well not bother.
Researchers tracked 212 swooping incidents involving volunteer cyclists over three breeding seasons in the Southern Tablelands and found that helmets fitted with cable ties were swooped just as often as plain helmets – and, in some territories, struck more often.
The paper, “Helmet Ornamentation and Nest Defence in the Australian Magpie”, was published today in the journal Avian Behaviour Letters.
“People really believe in the cable ties. They’re almost a national uniform in September,” says lead author Dr Tessa Marlowe, a behavioural ecologist at Southern Tablelands University. “We wanted to see whether the birds believe in them too.”
They don’t, it seems. Across 38 territories, the proportion of passes that ended in contact with the rider was 21% for plain helmets and 24% for spiked ones, a difference the team says is not statistically meaningful overall.
But in a handful of territories defended by particularly persistent males – birds the volunteers nicknamed “the frequent flyers” – the spikes appeared to make things worse.
“It’s possible that a helmet bristling with spikes looks more like a threat, not less,” Marlowe says.
In the paper, Marlowe and her co-authors write that the results “do not support the widespread use of helmet spikes as a deterrent” and recommend that councils instead focus on signage and temporary route changes during the so-called “peak defence window” of two to three weeks after hatching.
Marlowe says riders who are swooped should dismount and walk calmly away from the nest.
“Magpies are very good at recognising individual faces, and they hold a grudge,” she says. “The single best thing you can do is not be there.”
Associate Professor Gavin Oyelaran, an ornithologist at the University of the Riverina who was not involved in the study, said the sample size was “respectable for a field study of this kind”.
“I’d like to see it repeated in a city, where the birds are exposed to hundreds of cyclists a day rather than a few dozen,” he said in comments provided to the Australian Science Media Centre (AusSMC).
“But it lines up with what many of us have suspected for years.”
The study was funded in part by the Canberra Pedal Alliance, a cycling advocacy group. Its president, Rhys Kettering, said the group would update its safety advice.
“We’ve been telling members the cable ties couldn’t hurt,” he said. “Turns out they might.”
Marlowe’s team is now recruiting volunteers for a follow-up study on whether painted “eyes” on the back of helmets change the birds’ behaviour.
Read more: Why magpies remember you (and hold it against you)
Originally published by Cosmos as Cable ties won’t save you from swooping magpies, study finds
Read science facts, not fiction...""",
    [
        (
            "People really believe in the cable ties. They’re almost a national uniform in September,",
            "Tessa Marlowe",
            "Dr Tessa Marlowe",
            "says",
        ),
        (
            "We wanted to see whether the birds believe in them too.",
            "Tessa Marlowe",
            "Dr Tessa Marlowe",
            "says",
        ),
        (
            "It’s possible that a helmet bristling with spikes looks more like a threat, not less,",
            "Tessa Marlowe",
            ("Marlowe says", "Marlowe"),
            ("Marlowe says", "says"),
        ),
        (
            "do not support the widespread use of helmet spikes as a deterrent",
            "Tessa Marlowe",
            ("Marlowe and her co-authors write", "Marlowe"),
            "write",
        ),
        (
            "Magpies are very good at recognising individual faces, and they hold a grudge,",
            "Tessa Marlowe",
            ("she says", "she"),
            "says",
        ),
        (
            "The single best thing you can do is not be there.",
            "Tessa Marlowe",
            ("she says", "she"),
            "says",
        ),
        (
            "respectable for a field study of this kind",
            "Gavin Oyelaran",
            "Associate Professor Gavin Oyelaran",
            "said",
        ),
        (
            "I’d like to see it repeated in a city, where the birds are exposed to hundreds of cyclists a day rather than a few dozen,",
            "Gavin Oyelaran",
            ("he said in comments", "he"),
            ("he said in comments", "said"),
        ),
        (
            "But it lines up with what many of us have suspected for years.",
            "Gavin Oyelaran",
            None,
            None,
        ),
        (
            "We’ve been telling members the cable ties couldn’t hurt,",
            "Rhys Kettering",
            ("he said", "he"),
            "said",
        ),
        ("Turns out they might.", "Rhys Kettering", ("he said", "he"), "said"),
    ],
    [
        "Helmet Ornamentation and Nest Defence in the Australian Magpie",
        "the frequent flyers",
        "peak defence window",
        "eyes",
    ],
)


article(
    "blind44-en08",
    "en",
    """Coworking firm DeskYard delays March salaries as funding talks stall

2 min read . Updated: 17 Apr 2026, 06:45 PM IST

Aarav Menon

Bengaluru-based DeskYard, which runs 19 coworking centres across five cities, has not paid March salaries to most of its roughly 600 employees, according to three people aware of the matter and internal communication reviewed by Mint.

An employee at a DeskYard centre in Bengaluru's Whitefield area said staff had been told to expect their pay "in instalments".

Bengaluru: Coworking operator DeskYard Spaces Pvt. Ltd has delayed salaries for March as talks to raise a fresh round of about $25 million have dragged on longer than expected, according to three people aware of the matter.
The company, backed by early-stage investors including Halcyon Ridge Ventures, told employees in an internal email on 3 April that salaries would be credited "in a phased manner over the coming weeks" and that leadership was "fully committed to clearing all dues".
"Nobody has been paid except the senior management and the facility staff who are on contract. Everyone else is waiting," said a person aware of the matter, requesting anonymity as they are not authorised to speak to the media.
A second person said at least two landlords had issued notices over unpaid rent for centres in Pune and Hyderabad. "One of the buildings has already asked for the keys back by the end of May," this person said.
Founded in 2019, DeskYard expanded rapidly after the pandemic on the back of demand from startups and the "hybrid-first" policies of larger firms. It had told investors last year that it expected to turn profitable by the end of FY26.
In an emailed response to Mint's queries, a DeskYard spokesperson said the company was "in advanced discussions with existing and new investors" and expected to close the round "shortly".
"Like many growth-stage companies, we are managing a temporary timing gap in our cash flows. Salaries for March will be paid in full, and there has been no impact on services to our members," the spokesperson said.
Co-founder and chief executive Rohan Bhatnagar, in a LinkedIn post on Tuesday that did not directly mention the salary delay, wrote that the last few months had been "the hardest stretch since we started".
"To every DeskYard team member who has stood by us: I see you, and I owe you," he wrote.
The post drew several comments from people who identified themselves as employees. "Seeing us is not the same as paying us," one commenter wrote.
Halcyon Ridge Ventures did not respond to Mint's queries.
The coworking sector has seen a wave of consolidation over the past 18 months as occupancy at smaller operators has fallen. "The big players have lease negotiating power that a 20-centre company simply doesn't have," said Meera Iyengar, a Mumbai-based real estate consultant who advises flexible workspace operators.
"When funding dries up, the first thing that gives is the payroll, and the second is the landlord," she said.
A Karnataka labour department official, who asked not to be named, said the department had not yet received any complaint from DeskYard employees but would "take cognisance" if one was filed.
Catch all the Corporate news and Updates on Live Mint. Download The Mint News App to get Daily Market Updates.
Topics
DeskYard coworking salaries startups funding""",
    [
        ("in instalments", "employee", "An employee", "said"),
        (
            "in a phased manner over the coming weeks",
            "DeskYard Spaces Pvt. Ltd",
            "The company",
            "told",
        ),
        (
            "fully committed to clearing all dues",
            "DeskYard Spaces Pvt. Ltd",
            "The company",
            "told",
        ),
        (
            "Nobody has been paid except the senior management and the facility staff who are on contract. Everyone else is waiting,",
            "person",
            ("said a person aware", "a person"),
            ("said a person aware", "said"),
        ),
        (
            "One of the buildings has already asked for the keys back by the end of May,",
            "person",
            ("this person said", "this person"),
            ("this person said", "said"),
        ),
        (
            "in advanced discussions with existing and new investors",
            "DeskYard Spaces Pvt. Ltd",
            "a DeskYard spokesperson",
            "said",
        ),
        ("shortly", "DeskYard Spaces Pvt. Ltd", "a DeskYard spokesperson", "said"),
        (
            "Like many growth-stage companies, we are managing a temporary timing gap in our cash flows. Salaries for March will be paid in full, and there has been no impact on services to our members,",
            "DeskYard Spaces Pvt. Ltd",
            ("the spokesperson said", "the spokesperson"),
            ("the spokesperson said", "said"),
        ),
        ("the hardest stretch since we started", "Rohan Bhatnagar", "Rohan Bhatnagar", "wrote"),
        (
            "To every DeskYard team member who has stood by us: I see you, and I owe you,",
            "Rohan Bhatnagar",
            ("he wrote", "he"),
            "wrote",
        ),
        (
            "Seeing us is not the same as paying us,",
            "commenter",
            ("one commenter wrote", "one commenter"),
            ("one commenter wrote", "wrote"),
        ),
        (
            "The big players have lease negotiating power that a 20-centre company simply doesn't have,",
            "Meera Iyengar",
            "Meera Iyengar",
            "said",
        ),
        (
            "When funding dries up, the first thing that gives is the payroll, and the second is the landlord,",
            "Meera Iyengar",
            ("she said", "she"),
            "said",
        ),
        ("take cognisance", "official", "A Karnataka labour department official", "said"),
    ],
    ["hybrid-first"],
)


def main() -> None:
    SET.write(Path(__file__).with_name("blind44_en.jsonl"), WORDS_RANGE)


if __name__ == "__main__":
    main()
