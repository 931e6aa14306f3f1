# ruff: noqa: E501, RUF001
# Prose articles with typographic quotation marks: the long lines and the marks are the data.
"""Builds blind17_en.jsonl: a seventeenth blind English quotation set (written for depeche, CC0).

Written from scratch by a helper who never read the quotes code, so that its score is an honest,
blind estimate of how ``depeche.quotes`` does on English news text nobody tuned it on. Every
story, person, place and organisation is invented. Beats: a stewards' whip ban in horse racing
(BBC Sport style), a farmer finding a fallen rocket tank in his field (AP wire), a measles
outbreak at a summer camp (local TV site), a literary-prize jury resigning over a suspected
AI-written novel (Guardian style, nested single quotes), a family brewery's heirs fighting over a
private-equity bid (FT style, unnamed people close to the board), a protected oak felled by a
developer (UK local paper with British single quotes and a quote carried into the next
paragraph), an airline devaluing its loyalty points (CNBC style with key points) and cocaine
found in supermarket banana boxes (Reuters wire, unnamed investigator, multi-paragraph quote).
Marks vary: straight double and single, curly double with curly single inside, and British
curly single quotes as the main marks.
Gold conventions are those of build_dev.py.

Do not tune the extractor on this file: it measures, it does not teach. Run
``python tests/data/quotes/build_blind17_en.py`` after editing.
Bodies are named by their full name, also when the text gives a short one in brackets.
"""

from __future__ import annotations

from pathlib import Path

from build_dev import ArticleSet

SET = ArticleSet()
article = SET.article
WORDS_RANGE = (300, 650)


article(
    "blind17-en01",
    "en",
    """Whip ban 'a disgrace', says Dunmore after Calloway suspension

Last updated on 14 June 2026, 17:42 BST
From the section Horse Racing
Share

Jockey Niamh Calloway has been banned for 12 days after stewards ruled she used her whip above the permitted level on the way to victory in the Ashbourne Gold Cup at Kelmarsh Park on Saturday.

Calloway, 27, drove Silver Thimble home by a short head, but the stewards' inquiry found she had struck the mare nine times in the final furlong, two more than the rules allow. The result stands, although the jockey forfeits her share of the £180,000 prize.

Trainer Fergus Dunmore described the penalty as "a disgrace" and said he would support an appeal.

"She rode a brilliant race and they've punished her for being two strikes over on a horse that was never in distress," Dunmore told BBC Sport. "Nobody watching thought that mare was being mistreated. Nobody."

"I accept the decision," Calloway said in a short statement released through her agent. "I've let down people who backed me, and I'll learn from it."

Related topics: Horse Racing | Kelmarsh Park

The British Racing Standards Board (BRSB) defended its stewards, saying the threshold existed "for the welfare of the horse and the integrity of the sport".

"The rule is clear and every rider in the weighing room knows where the line is," said its chief regulatory officer, Alan Pryce-Morgan. "We cannot make exceptions because the race is valuable or the margin is small."

He added that the number of whip offences had fallen by a third since the current penalties were introduced two years ago.

Animal welfare group Hoofprint went further, calling the nine strikes "indefensible" and urging the board to disqualify horses whose riders break the limit.

Not everyone agreed. Former champion jockey Declan Ashe, now a television pundit, said the rules had become "a lottery".

"You're counting strikes in a blur at 40 miles an hour," the 58-year-old said on the Racing Hour podcast. "Some of these are taps, some are proper hits, and the stewards treat them exactly the same."

Silver Thimble's owners, the Qaderi family, said they were "thrilled with the mare" and would not comment on the suspension.

Calloway's ban runs from 28 June, meaning she will miss the Midsummer Festival at Redhill. An appeal must be lodged within seven days.

Get racing news sent straight to your phone""",
    [
        ("a disgrace", "Fergus Dunmore", ("says Dunmore", "Dunmore"), "says"),
        ("a disgrace", "Fergus Dunmore", "Fergus Dunmore", "described"),
        (
            "She rode a brilliant race and they've punished her for being two strikes over on a horse that was never in distress,",
            "Fergus Dunmore",
            ("Dunmore told", "Dunmore"),
            "told",
        ),
        (
            "Nobody watching thought that mare was being mistreated. Nobody.",
            "Fergus Dunmore",
            None,
            None,
        ),
        (
            "I accept the decision,",
            "Niamh Calloway",
            ("Calloway said", "Calloway"),
            ("Calloway said", "said"),
        ),
        (
            "I've let down people who backed me, and I'll learn from it.",
            "Niamh Calloway",
            None,
            None,
        ),
        (
            "for the welfare of the horse and the integrity of the sport",
            "British Racing Standards Board",
            "British Racing Standards Board",
            "saying",
        ),
        (
            "The rule is clear and every rider in the weighing room knows where the line is,",
            "Alan Pryce-Morgan",
            "Alan Pryce-Morgan",
            ("said its chief", "said"),
        ),
        (
            "We cannot make exceptions because the race is valuable or the margin is small.",
            "Alan Pryce-Morgan",
            None,
            None,
        ),
        ("indefensible", "Hoofprint", "Hoofprint", "calling"),
        ("a lottery", "Declan Ashe", "Declan Ashe", ("said the rules", "said")),
        (
            "You're counting strikes in a blur at 40 miles an hour,",
            "Declan Ashe",
            "the 58-year-old",
            ("58-year-old said", "said"),
        ),
        (
            "Some of these are taps, some are proper hits, and the stewards treat them exactly the same.",
            "Declan Ashe",
            None,
            None,
        ),
        ("thrilled with the mare", "Qaderi family", "the Qaderi family", ("family, said", "said")),
    ],
)

article(
    "blind17-en02",
    "en",
    """Farmer finds chunk of rocket in his wheat field; launch company says it’s ‘likely ours’

By MARCUS ODELL Associated Press
Updated 4:12 PM EDT, July 2, 2026

HOLLIS, Kan. (AP) — Wendell Pruitt was checking irrigation lines before sunrise Tuesday when he saw something shiny in the middle of his wheat.

“I thought somebody had dumped a water heater out here,” the 63-year-old farmer told The Associated Press by phone. “Then I saw the scorch marks and the writing on it, and I thought, well, that didn’t come off a truck.”

The object, a blackened cylinder roughly the size of a beer keg, tore a shallow crater near the edge of the field and flattened about a quarter-acre of crop, Pruitt said. Nobody was hurt.

Orbitra Launch Systems, a private company based in Texas, said late Tuesday the debris was “likely ours,” most probably a pressure tank from the upper stage of a rocket it launched in April.

“We are working with federal authorities to confirm the origin of the object and we will make the landowner whole,” company spokeswoman Tamsin Greer said in an emailed statement. “Safety of people on the ground is our first priority.”

Advertisement

Upper stages are supposed to burn up or be steered into remote ocean areas when they fall back to Earth. Orbitra’s stage instead drifted in a decaying orbit for ten weeks after an engine failed to relight, according to the National Orbital Safety Office, which tracks debris.

“This is exactly the scenario we have warned about,” said Dr. Priya Venkataraman, a debris researcher at the University of Eastbrook who has studied uncontrolled reentries. “The odds of hitting a person are small, but small is not zero, and the number of launches keeps going up.”

She said companies should be required to carry enough fuel for a controlled descent, something she called “cheap insurance.”

The sheriff of Dolan County, Rick Haverty, said deputies had taped off the area and asked residents not to touch any fragments. “Some of this stuff can still have residual propellant in it,” Haverty said. “If you find a piece, leave it, take a picture and call us.”

Pruitt, for his part, says he isn’t in a hurry to give the tank back.

“They can have it when they pay for my wheat,” he said, laughing. “Until then it’s the most famous thing on this farm.”

A federal official familiar with the investigation, who spoke on condition of anonymity because the inquiry is ongoing, said the agency expected to confirm the origin “within days.”

Copyright 2026 The Associated Press. All Rights Reserved.""",
    [
        (
            "likely ours",
            "Orbitra Launch Systems",
            ("launch company says", "launch company"),
            "says",
        ),
        (
            "I thought somebody had dumped a water heater out here,",
            "Wendell Pruitt",
            "the 63-year-old farmer",
            "told",
        ),
        (
            "Then I saw the scorch marks and the writing on it, and I thought, well, that didn’t come off a truck.",
            "Wendell Pruitt",
            None,
            None,
        ),
        (
            "likely ours,",
            "Orbitra Launch Systems",
            "Orbitra Launch Systems",
            ("said late Tuesday", "said"),
        ),
        (
            "We are working with federal authorities to confirm the origin of the object and we will make the landowner whole,",
            "Tamsin Greer",
            "Tamsin Greer",
            ("Greer said", "said"),
        ),
        ("Safety of people on the ground is our first priority.", "Tamsin Greer", None, None),
        (
            "This is exactly the scenario we have warned about,",
            "Priya Venkataraman",
            "Priya Venkataraman",
            ("said Dr.", "said"),
        ),
        (
            "The odds of hitting a person are small, but small is not zero, and the number of launches keeps going up.",
            "Priya Venkataraman",
            None,
            None,
        ),
        ("cheap insurance.", "Priya Venkataraman", ("something she called", "she"), "called"),
        (
            "Some of this stuff can still have residual propellant in it,",
            "Rick Haverty",
            ("Haverty said", "Haverty"),
            ("Haverty said", "said"),
        ),
        ("If you find a piece, leave it, take a picture and call us.", "Rick Haverty", None, None),
        (
            "They can have it when they pay for my wheat,",
            "Wendell Pruitt",
            ("he said, laughing", "he"),
            ("he said, laughing", "said"),
        ),
        ("Until then it’s the most famous thing on this farm.", "Wendell Pruitt", None, None),
        (
            "within days.",
            "official",
            ("A federal official", "official"),
            ("anonymity because the inquiry is ongoing, said", "said"),
        ),
    ],
)

article(
    "blind17-en03",
    "en",
    """Measles outbreak at Lake Tarrow summer camp grows to 16 cases, health officials say

By Dana Whitcomb | KTRW 7 News
Published: Jul. 18, 2026 at 6:05 PM CDT
Updated: Jul. 19, 2026 at 9:30 AM CDT

Share on Facebook | Share on X | Email

BRENNER COUNTY (KTRW) - Fourteen children and two counselors have now tested positive for measles after an outbreak at Camp Pinewhistle on Lake Tarrow, the Brenner County Health Department said Friday.

The department first reported three cases on Monday. By Thursday night that number had more than quadrupled.

"We expect to see more cases over the next two weeks, because the incubation period is long and many of these kids were in close contact in cabins and dining halls," county health director Dr. Lorraine Oduya said at a news conference. "That is not a reason to panic. It is a reason to check your child's vaccination record today."

According to Oduya, 11 of the 16 people infected were not vaccinated. Two children have been hospitalized and are in stable condition.

The camp, which hosts about 300 children each session, sent campers home on Wednesday and cancelled its final session of the summer.

"Our hearts are with every family affected," camp director Paul Essendine wrote in a letter to parents obtained by KTRW. "We followed every guideline we were given, and we will cooperate fully with the health department."

Some parents told KTRW they learned about the first cases from social media rather than from the camp.

"I found out from a Facebook group at eleven at night," said Marisol Ventura, whose 9-year-old daughter attended the second session. "Nobody from the camp called me. Nobody."

Ventura said her daughter is vaccinated and has not shown symptoms. She said she is more angry than worried.

RELATED: What are the symptoms of measles? A doctor explains

Camp Pinewhistle's website says every camper must provide immunization records "or a valid exemption." Essendine did not respond to a question about how many campers had exemptions.

State epidemiologist Dr. Henry Szabo called the outbreak "entirely preventable" and said the state would send a mobile vaccination team to Brenner County next week as part of its "Shot at Summer" campaign.

"Measles is one of the most contagious diseases we know," Szabo said. "One case in a cabin of twelve unvaccinated kids is, realistically, eleven more cases."

The health department has set up a hotline for families who attended the camp between June 29 and July 12. Free MMR shots are available at the county clinic on Fourth Street, officials said.

Copyright 2026 KTRW. All rights reserved.""",
    [
        (
            "We expect to see more cases over the next two weeks, because the incubation period is long and many of these kids were in close contact in cabins and dining halls,",
            "Lorraine Oduya",
            "Lorraine Oduya",
            ("Oduya said", "said"),
        ),
        (
            "That is not a reason to panic. It is a reason to check your child's vaccination record today.",
            "Lorraine Oduya",
            None,
            None,
        ),
        ("Our hearts are with every family affected,", "Paul Essendine", "Paul Essendine", "wrote"),
        (
            "We followed every guideline we were given, and we will cooperate fully with the health department.",
            "Paul Essendine",
            None,
            None,
        ),
        (
            "I found out from a Facebook group at eleven at night,",
            "Marisol Ventura",
            "Marisol Ventura",
            ("said Marisol", "said"),
        ),
        ("Nobody from the camp called me. Nobody.", "Marisol Ventura", None, None),
        (
            "or a valid exemption.",
            "Camp Pinewhistle",
            ("Camp Pinewhistle's website", "Camp Pinewhistle"),
            ("website says", "says"),
        ),
        ("entirely preventable", "Henry Szabo", "Henry Szabo", "called"),
        (
            "Measles is one of the most contagious diseases we know,",
            "Henry Szabo",
            ("Szabo said", "Szabo"),
            ("Szabo said", "said"),
        ),
        (
            "One case in a cabin of twelve unvaccinated kids is, realistically, eleven more cases.",
            "Henry Szabo",
            None,
            None,
        ),
    ],
    ["Shot at Summer"],
)

article(
    "blind17-en04",
    "en",
    """Entire jury of Halloway prize resigns over claims shortlisted novel was written by AI

Three judges quit after organisers refuse to withdraw The Salt Orchard, whose author denies using software

Helen Marchetti Arts correspondent
Tue 8 Sep 2026 14.20 BST

The jury of the Halloway prize for debut fiction has resigned en masse, less than a fortnight before the £25,000 award was due to be presented, after the organisers refused to remove a shortlisted novel that two judges believe was largely generated by artificial intelligence.

In a joint letter seen by the Guardian, the three judges – the novelist Ruth Okonkwo-Baird, the critic Simon Fairley and the bookseller Anjali Dev – said they could “no longer stand behind a shortlist we cannot vouch for”.

The book at the centre of the row, The Salt Orchard by the pseudonymous author M J Vane, was published in March by the small independent press Gullwing Books.

“We read it twice. Whole passages have the texture of a machine trying to sound moved,” Okonkwo-Baird told the Guardian. “I don’t say that lightly. I have been wrong about books before. I don’t think I am wrong about this one.”

Fairley, who chaired the panel, said the judges had asked the Halloway Foundation to commission an independent review and had been refused. “We were told, in effect, that ‘suspicion is not evidence’,” he said. “That is true. But a prize is a judgment, and we could no longer make one.”

Sign up to Bookmarks
Free weekly newsletter
Discover new books with our expert reviews, author interviews and top 10s

The foundation said in a statement that it had “no grounds” to exclude a book that met the entry rules, which at present say nothing about the use of AI tools. “Accusations of this kind, made without proof, can destroy a writer’s career,” it said. “We will not take part in that.”

Its chair, Gordon Lisle, added that a new jury would be appointed “within days” and that the winner would be announced as planned on 22 September.

Vane, who has never appeared in public, denied the claims in an email to the publisher that Gullwing shared with the Guardian. “Every sentence in this book is mine, including the bad ones,” the author wrote.

Gullwing’s publisher, Tobias Renn, said the press stood by its author. “We edited this novel line by line over eighteen months,” he said. “I would know.”

The row has divided writers online. The poet Cressida Holm called the resignations “an act of courage”, while the novelist Imran Qureshi warned of “a witch-hunt with software as the witch-finder”.

Most literary prizes have yet to publish rules on AI. The Society of Independent Authors said it would publish guidance this autumn under the title “Written by Whom?”.

Photograph: Gullwing Books""",
    [
        (
            "no longer stand behind a shortlist we cannot vouch for",
            "judges",
            ("the three judges", "the three judges"),
            ("– said they", "said"),
        ),
        (
            "We read it twice. Whole passages have the texture of a machine trying to sound moved,",
            "Ruth Okonkwo-Baird",
            ("Okonkwo-Baird told", "Okonkwo-Baird"),
            "told",
        ),
        (
            "I don’t say that lightly. I have been wrong about books before. I don’t think I am wrong about this one.",
            "Ruth Okonkwo-Baird",
            None,
            None,
        ),
        (
            "We were told, in effect, that ‘suspicion is not evidence’,",
            "Simon Fairley",
            ("he said. “That is true", "he"),
            ("he said. “That is true", "said"),
        ),
        (
            "That is true. But a prize is a judgment, and we could no longer make one.",
            "Simon Fairley",
            None,
            None,
        ),
        ("no grounds", "Halloway Foundation", "The foundation", ("foundation said", "said")),
        (
            "Accusations of this kind, made without proof, can destroy a writer’s career,",
            "Halloway Foundation",
            ("it said", "it"),
            ("it said", "said"),
        ),
        ("We will not take part in that.", "Halloway Foundation", None, None),
        ("within days", "Gordon Lisle", "Gordon Lisle", "added"),
        (
            "Every sentence in this book is mine, including the bad ones,",
            "M J Vane",
            "the author",
            "wrote",
        ),
        (
            "We edited this novel line by line over eighteen months,",
            "Tobias Renn",
            ("he said. “I would", "he"),
            ("he said. “I would", "said"),
        ),
        ("I would know.", "Tobias Renn", None, None),
        ("an act of courage", "Cressida Holm", "Cressida Holm", "called"),
        (
            "a witch-hunt with software as the witch-finder",
            "Imran Qureshi",
            "Imran Qureshi",
            "warned",
        ),
    ],
    ["Written by Whom?"],
)

article(
    "blind17-en05",
    "en",
    """Hartwell brewery heirs clash over sale to private equity

Siblings split as 212-year-old brewer weighs £340mn offer from Castlegate Partners

Eleanor Vosk in London
Published 3 hours ago

The heirs to the Hartwell & Sons brewery are locked in a bitter dispute over a £340mn takeover approach from private equity group Castlegate Partners, threatening to end more than two centuries of family ownership.

Chief executive Julian Hartwell, who holds 31 per cent of the shares, has urged the family to accept the offer, arguing that the business lacks the capital to modernise its ageing plant and compete with multinational brewers.

“Sentiment doesn’t pay for a new bottling line,” he told the Financial Times. “My great-great-grandfather built this company to last. Selling it to people who can invest in it is how it lasts.”

His sister Margaret Hartwell-Cole, who sits on the board and controls a further 27 per cent through a family trust, said she would vote against any sale. She described Castlegate’s approach as “opportunistic” and accused her brother of “treating the family silver as an exit strategy”.

“Julian wants a cheque. The rest of us want a brewery,” she said. “Those are not the same thing, and the shareholders deserve to hear both arguments.”

Two people familiar with the board’s deliberations said the directors had met four times in a month without reaching agreement. One of them described the meetings as “civil, just about”.

Castlegate, which owns a portfolio of regional food and drink brands, said its offer valued the company “fairly and fully” and that it had “no plans” to close the brewery in Abbotsfield, which employs 410 people.

Recommended
Lex: Family breweries face last orders

The Abbotsfield branch of the Brewing and Allied Workers Union, which represents most of the site’s staff, has asked for written guarantees on jobs. “We have heard ‘no plans’ before,” said the branch secretary, Dave Mulcahy. “No plans has a habit of turning into a consultation period.”

Analysts said the brewery’s fortunes had slipped since the pandemic. Operating profit fell to £9.1mn last year from £14.6mn in 2019, according to its latest accounts.

“It’s a good brand with a tired balance sheet,” said Fiona Achterberg, an analyst at Redmere Securities. “Either the family finds the money or someone else will.”

A third sibling, Thomas Hartwell, who owns 9 per cent, has not declared his position. A person close to him said he was “listening to everybody and saying very little”.

Castlegate has until 30 October to make a firm offer under takeover rules. Hartwell & Sons declined to comment beyond confirming that it had received an approach.

Copyright The Financial Times Limited 2026. All rights reserved.""",
    [
        (
            "Sentiment doesn’t pay for a new bottling line,",
            "Julian Hartwell",
            ("he told", "he"),
            "told",
        ),
        (
            "My great-great-grandfather built this company to last. Selling it to people who can invest in it is how it lasts.",
            "Julian Hartwell",
            None,
            None,
        ),
        ("opportunistic", "Margaret Hartwell-Cole", ("She described", "She"), "described"),
        (
            "treating the family silver as an exit strategy",
            "Margaret Hartwell-Cole",
            ("She described", "She"),
            "accused",
        ),
        (
            "Julian wants a cheque. The rest of us want a brewery,",
            "Margaret Hartwell-Cole",
            ("she said", "she"),
            ("she said", "said"),
        ),
        (
            "Those are not the same thing, and the shareholders deserve to hear both arguments.",
            "Margaret Hartwell-Cole",
            None,
            None,
        ),
        (
            "civil, just about",
            "people",
            ("One of them", "One of them"),
            ("them described", "described"),
        ),
        (
            "fairly and fully",
            "Castlegate Partners",
            ("Castlegate, which owns", "Castlegate"),
            ("said its offer", "said"),
        ),
        (
            "no plans",
            "Castlegate Partners",
            ("Castlegate, which owns", "Castlegate"),
            ("said its offer", "said"),
        ),
        (
            "We have heard ‘no plans’ before,",
            "Dave Mulcahy",
            "Dave Mulcahy",
            ("said the branch", "said"),
        ),
        ("No plans has a habit of turning into a consultation period.", "Dave Mulcahy", None, None),
        (
            "It’s a good brand with a tired balance sheet,",
            "Fiona Achterberg",
            "Fiona Achterberg",
            ("said Fiona", "said"),
        ),
        ("Either the family finds the money or someone else will.", "Fiona Achterberg", None, None),
        (
            "listening to everybody and saying very little",
            "person",
            ("A person close to him", "person"),
            ("to him said", "said"),
        ),
    ],
)

article(
    "blind17-en06",
    "en",
    """‘It was murder’: fury as 400-year-old oak felled to make way for car park

By Gemma Tarrant, Local Democracy Reporter
Thursday, 2nd April 2026, 7:15 am

Residents in Little Fennick have reacted with fury after a 400-year-old oak tree protected by a preservation order was cut down to make way for a car park extension.

The tree, known locally as the Parson’s Oak, stood on land behind the Wheatsheaf retail park on Cobbler’s Lane. Contractors working for developer Brindle Estates felled it early on Tuesday morning.

‘It was murder, plain and simple,’ said Joan Pettifer, 74, who has lived opposite the site for half a century. ‘My children climbed that tree. My grandchildren climbed that tree. Now it’s firewood.’

Dozens of people gathered at the stump on Tuesday evening, some leaving flowers and hand-written notes. One read simply: ‘Sorry we couldn’t save you.’

Fennick District Council confirmed the oak had been covered by a tree preservation order since 1987. A spokesman said: ‘Unauthorised works to a protected tree are a criminal offence. We have opened an investigation and are considering all options, including prosecution.’

Brindle Estates said it had acted ‘in good faith’ on the advice of an arboricultural consultant who judged the tree to be diseased and unsafe.

‘We deeply regret the distress this has caused,’ the company said in a statement. ‘At no point did we intend to break any rule, and we will work with the council to put things right.’

Read more: Fennick bypass plans delayed again

But Councillor Raj Bhattacharya, who represents the ward, said he had seen no evidence that the tree was diseased. ‘I walked past that oak last week. It was in leaf, it was healthy, it was magnificent,’ he told the Echo.

‘If the company believed it was dangerous, the law is very simple: you apply to the council and you wait for an answer. They didn’t wait.’

Dr Eleanor Grigg, a tree ecologist at Sedgely University, said an oak of that age could support more than two thousand species of insects, lichens and fungi. ‘You don’t replace that with a sapling,’ she said. ‘You replace it with another four hundred years.’

A petition titled ‘Justice for the Parson’s Oak’ had gathered more than 6,000 signatures by Wednesday night.

Fines for breaching a tree preservation order are unlimited if the case goes to the Crown Court.

Do you have a story for us? Email newsdesk@fennickecho.co.uk""",
    [
        ("It was murder", "Joan Pettifer", None, None),
        (
            "It was murder, plain and simple,",
            "Joan Pettifer",
            "Joan Pettifer",
            ("said Joan", "said"),
        ),
        (
            "My children climbed that tree. My grandchildren climbed that tree. Now it’s firewood.",
            "Joan Pettifer",
            None,
            None,
        ),
        ("Sorry we couldn’t save you.", None, None, ("One read simply", "read")),
        (
            "Unauthorised works to a protected tree are a criminal offence. We have opened an investigation and are considering all options, including prosecution.",
            "spokesman",
            ("A spokesman said", "A spokesman"),
            ("A spokesman said", "said"),
        ),
        (
            "in good faith",
            "Brindle Estates",
            ("Brindle Estates said", "Brindle Estates"),
            ("Brindle Estates said", "said"),
        ),
        (
            "We deeply regret the distress this has caused,",
            "Brindle Estates",
            "the company",
            ("company said", "said"),
        ),
        (
            "At no point did we intend to break any rule, and we will work with the council to put things right.",
            "Brindle Estates",
            None,
            None,
        ),
        (
            "I walked past that oak last week. It was in leaf, it was healthy, it was magnificent,",
            "Raj Bhattacharya",
            ("he told the Echo", "he"),
            "told",
        ),
        (
            "If the company believed it was dangerous, the law is very simple: you apply to the council and you wait for an answer. They didn’t wait.",
            "Raj Bhattacharya",
            None,
            None,
        ),
        (
            "You don’t replace that with a sapling,",
            "Eleanor Grigg",
            ("she said", "she"),
            ("she said", "said"),
        ),
        ("You replace it with another four hundred years.", "Eleanor Grigg", None, None),
    ],
    ["Justice for the Parson’s Oak"],
)

article(
    "blind17-en07",
    "en",
    """SkyVale slashes value of loyalty points overnight, angering frequent flyers

Published Wed, Feb 11 2026 10:48 AM EST | Updated Wed, Feb 11 2026 3:02 PM EST

Nadia Brennan
@NadiaBrennanTV

KEY POINTS
SkyVale Airlines raised the number of points needed for most award flights by up to 60%, with no advance notice.
Consumer groups called the change "a bait and switch."
The airline says members still get "outstanding value."

SkyVale Airlines on Tuesday night sharply increased the number of loyalty points required for award tickets, a move that frequent flyers say wiped out years of savings in a matter of hours.

A round-trip economy ticket between Newark and Lisbon that cost 60,000 SkyPoints on Tuesday afternoon required 96,000 by Wednesday morning, according to an analysis by the travel site MileMath.

"We've modernized our award chart to reflect demand and to give members more choice," the airline said in a statement. "SkyPoints members continue to receive outstanding value."

That's not how many members see it.

"I spent four years putting every grocery bill on the co-branded card so I could take my parents to Portugal," said Derek Olawale, a nurse from Paterson. "Now I'm about 36,000 points short. It feels like they reached into my wallet."

Consumer advocates said the timing and the lack of notice were the real problem. Ruth Castellanos, director of the nonprofit Fair Skies Project, called the change "a bait and switch, plain and simple."

"If a bank cut the value of your savings account by a third overnight, regulators would be all over it," Castellanos told CNBC. "Airline points are a currency. Customers should be treated like they're holding one."

WATCH NOW
VIDEO 03:12
How airline loyalty programs became money machines

Loyalty programs have become some of the most profitable parts of U.S. airlines, which earn billions selling points to credit card issuers. SkyVale's program generated $2.3 billion in revenue last year, according to company filings.

Kenji Arbuthnot, an airline analyst at Colbert & Vance, said the devaluation was "almost certainly" aimed at shrinking a liability on the carrier's balance sheet. "Every unredeemed point is money they owe someone," he said. "Make the points worth less and the debt shrinks. It's accounting, not customer service."

Senator Gloria Mahfouz, who has pushed legislation requiring 90 days' notice of loyalty changes, said Wednesday she would ask federal regulators to investigate.

"This is exactly why we need rules," Mahfouz said in a post on X.

SkyVale shares were little changed in afternoon trading.""",
    [
        ("a bait and switch.", "groups", "Consumer groups", "called"),
        ("outstanding value.", "SkyVale Airlines", ("The airline says", "The airline"), "says"),
        (
            "We've modernized our award chart to reflect demand and to give members more choice,",
            "SkyVale Airlines",
            ("the airline said", "the airline"),
            ("airline said", "said"),
        ),
        (
            "SkyPoints members continue to receive outstanding value.",
            "SkyVale Airlines",
            None,
            None,
        ),
        (
            "I spent four years putting every grocery bill on the co-branded card so I could take my parents to Portugal,",
            "Derek Olawale",
            "Derek Olawale",
            ("said Derek", "said"),
        ),
        (
            "Now I'm about 36,000 points short. It feels like they reached into my wallet.",
            "Derek Olawale",
            None,
            None,
        ),
        ("a bait and switch, plain and simple.", "Ruth Castellanos", "Ruth Castellanos", "called"),
        (
            "If a bank cut the value of your savings account by a third overnight, regulators would be all over it,",
            "Ruth Castellanos",
            ("Castellanos told", "Castellanos"),
            "told",
        ),
        (
            "Airline points are a currency. Customers should be treated like they're holding one.",
            "Ruth Castellanos",
            None,
            None,
        ),
        (
            "almost certainly",
            "Kenji Arbuthnot",
            "Kenji Arbuthnot",
            ("said the devaluation", "said"),
        ),
        (
            "Every unredeemed point is money they owe someone,",
            "Kenji Arbuthnot",
            ("he said", "he"),
            ("he said", "said"),
        ),
        (
            "Make the points worth less and the debt shrinks. It's accounting, not customer service.",
            "Kenji Arbuthnot",
            None,
            None,
        ),
        (
            "This is exactly why we need rules,",
            "Gloria Mahfouz",
            ("Mahfouz said in", "Mahfouz"),
            ("Mahfouz said in", "said"),
        ),
    ],
)

article(
    "blind17-en08",
    "en",
    """Supermarket staff find 300 kg of cocaine hidden in banana boxes

By Anton Lisowski and Maria Feld
March 5, 2026 11:37 AM GMT Updated 2 hours ago

OSTRAVEN, March 5 (Reuters) - Shelf stackers at three supermarkets in the northern port city of Ostraven found more than 300 kg (660 lb) of cocaine hidden among boxes of bananas delivered overnight, police said on Thursday, in what they described as the largest drugs find in the region this year.

Staff at the stores, all belonging to the Frischmarkt chain, alerted police after opening crates that contained brick-shaped packages wrapped in black tape instead of fruit.

"At first they thought it was some kind of packing material," Ostraven police spokeswoman Katrin Holloway told a news conference. "When they saw the markings on the packages they understood very quickly and did the right thing. They called us and did not touch anything."

"It was a normal Thursday until it wasn't," said Jonas Mertel, 23, who opened one of the crates at a Frischmarkt store on Havenstraat. "My manager thought I was joking."

The drugs have an estimated street value of around 22 million euros, Holloway said.

Police believe the shipment, which arrived by container ship from South America earlier this week, was meant to be removed at the port before the fruit was distributed, but that the traffickers' accomplices failed to collect it.

"Somebody made a mistake, and somebody is going to be very unhappy about it," a senior investigator, who asked not to be named because the inquiry is continuing, told Reuters.

Frischmarkt said in a statement it was "shocked" and was cooperating fully with investigators. "The safety of our customers and staff was never at risk," the company said, adding that all remaining fruit from the shipment had been withdrawn from sale.

Cocaine smuggling through northern European ports has surged in recent years, and finds in supermarkets are no longer rare, according to Mattias Brenck, a researcher on organised crime at the Institute for Port Security in Ostraven.

"The ports have become much better at inspecting containers, so the gangs use workers on the inside to pull the drugs out before the checks," Brenck said.

"When that chain breaks, the cocaine simply continues its journey with the fruit, all the way to the shelf.

"The supermarket becomes, without wanting to, the last link of a logistics operation that started six thousand kilometres away."

Port authority chief executive Lena Vandersteen said the port scanned around 4% of incoming containers and would ask the government for money to raise that share. She called the discovery "a wake-up call" for the whole sector.

No arrests have been made. The investigation is being led by the public prosecutor's office in Ostraven, which declined to comment.

Reporting by Anton Lisowski and Maria Feld; Editing by Peter Granger

Our Standards: The Trust Principles.""",
    [
        (
            "At first they thought it was some kind of packing material,",
            "Katrin Holloway",
            "Katrin Holloway",
            "told",
        ),
        (
            "When they saw the markings on the packages they understood very quickly and did the right thing. They called us and did not touch anything.",
            "Katrin Holloway",
            None,
            None,
        ),
        (
            "It was a normal Thursday until it wasn't,",
            "Jonas Mertel",
            "Jonas Mertel",
            ("said Jonas", "said"),
        ),
        ("My manager thought I was joking.", "Jonas Mertel", None, None),
        (
            "Somebody made a mistake, and somebody is going to be very unhappy about it,",
            "investigator",
            ("a senior investigator", "investigator"),
            ("told Reuters", "told"),
        ),
        (
            "shocked",
            "Frischmarkt",
            ("Frischmarkt said", "Frischmarkt"),
            ("Frischmarkt said", "said"),
        ),
        (
            "The safety of our customers and staff was never at risk,",
            "Frischmarkt",
            "the company",
            ("company said", "said"),
        ),
        (
            "The ports have become much better at inspecting containers, so the gangs use workers on the inside to pull the drugs out before the checks,",
            "Mattias Brenck",
            ("Brenck said", "Brenck"),
            ("Brenck said", "said"),
        ),
        (
            "When that chain breaks, the cocaine simply continues its journey with the fruit, all the way to the shelf.",
            "Mattias Brenck",
            None,
            None,
        ),
        (
            "The supermarket becomes, without wanting to, the last link of a logistics operation that started six thousand kilometres away.",
            "Mattias Brenck",
            None,
            None,
        ),
        ("a wake-up call", "Lena Vandersteen", ("She called", "She"), "called"),
    ],
)


def main() -> None:
    SET.write(Path(__file__).with_name("blind17_en.jsonl"), WORDS_RANGE)


if __name__ == "__main__":
    main()
