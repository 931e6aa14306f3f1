# ruff: noqa: E501, RUF001
# Prose articles with typographic quotation marks: the long lines and the marks are the data.
"""Builds blind_en.jsonl: a blind English set, written without seeing the extractor.

Written for depeche (CC0) by a helper who never read the quotes code, its data files or its
tests, to estimate how the extractor does on unseen English press: ten invented news stories
(local US papers, Reuters, AP, BBC-style courts, science, sport, business, politics, culture,
international) of 300-700 words, with scraping residue, straight and curly marks, British
single quotes in one article, nested quotes, interrupted and multi-paragraph quotes, partial
quotes, organisations and anonymous sources as speakers, addressees that do not speak, and
titles of works or products in marks (listed as non-quotes). Same format and annotation
conventions as build_dev.py: gold speakers are the canonical full name in the document
(organisations by their full name, unnamed people by the head of their role: "person",
"official", "diplomat", "user", "authors"; an unnamed spokesperson speaks for the body);
mentions and cues are strings (or ``(context, string)`` pairs) found nearest to the quotation.
Do not tune the extractor on this file. Run ``python tests/data/quotes/build_blind_en.py``.
"""

from __future__ import annotations

from pathlib import Path

from build_dev import ArticleSet

SET = ArticleSet()
article = SET.article
WORDS_RANGE = (300, 700)


article(
    "blind-en01",
    "en",
    """Lakota County approves $1.8 billion data center despite water worries

By Dana Whitcomb | dwhitcomb@ledgerpost.com
Updated 9:14 p.m. CDT Oct. 7, 2026

GRANITE FALLS, Minn. — After nearly five hours of public testimony, the Lakota County Board of Commissioners voted 4-1 on Tuesday night to approve a $1.8 billion data center on farmland east of the city, the largest private investment in the county’s history.

The developer, Northstar Compute, has promised 240 permanent jobs and about $9 million a year in property taxes. “This is a once-in-a-lifetime chance to keep our young people here,” said board chair Ruth Ellingson, who voted in favor.

But the lone dissenter, Commissioner Darnell Pike, called the deal “rushed” and said the county had not done enough to protect the aquifer that supplies most of its wells.

“We are trading our water for a tax break,” Pike said. “Once that aquifer is drawn down, no amount of money brings it back.”

The facility would use up to 1.2 million gallons of water a day during the hottest months, according to documents filed with the state. Northstar says it will recycle most of that water on site.

Melissa Tran, a spokeswoman for Northstar Compute, said the company had redesigned its cooling system twice in response to residents’ concerns. “We heard people loud and clear,” Tran said in an emailed statement. “The design approved tonight uses 60% less water than our original proposal.”

Ms. Tran added that the company would pay for an independent monitoring well “so nobody has to take our word for it.”

Advertisement

Residents packed the courthouse for the hearing. Carl Haugen, whose family has farmed the land next to the site since 1911, told commissioners he feared his wells would run dry.

“My grandfather dug the first well on that farm by hand,” he said, his voice breaking. “I don’t want to be the one who has to tell my kids it’s gone.”

Others welcomed the project. Jenny Olander, who owns a diner on Main Street, said the construction crews alone would “keep the lights on” for local businesses through the winter.

State Rep. Tom Brekke, a Republican whose district includes the site, told the Ledger-Post he would push for statewide rules on data center water use next session. "Granite Falls shouldn't have to figure this out alone," he said.

The vote is not the final hurdle. The Minnesota Department of Natural Resources must still issue a water appropriation permit, a process that typically takes several months. A department spokesman said the agency would review the application “with the same scrutiny we apply to any large user.”

Pike said he was not giving up.

“I’ve lost votes before,” he said. “I’ll lose more. But I want it on the record that somebody in this room asked the hard questions.”

Sign up for The Ledger-Post’s morning briefing""",
    [
        (
            "This is a once-in-a-lifetime chance to keep our young people here,",
            "Ruth Ellingson",
            "Ruth Ellingson",
            "said",
        ),
        ("rushed", "Darnell Pike", "Commissioner Darnell Pike", "called"),
        ("We are trading our water for a tax break,", "Darnell Pike", "Pike", "said"),
        (
            "Once that aquifer is drawn down, no amount of money brings it back.",
            "Darnell Pike",
            "Pike",
            "said",
        ),
        ("We heard people loud and clear,", "Melissa Tran", "Tran", "said"),
        (
            "The design approved tonight uses 60% less water than our original proposal.",
            "Melissa Tran",
            "Tran",
            "said",
        ),
        ("so nobody has to take our word for it.", "Melissa Tran", "Ms. Tran", "added"),
        (
            "My grandfather dug the first well on that farm by hand,",
            "Carl Haugen",
            (" he said, his", "he"),
            "said",
        ),
        (
            "I don’t want to be the one who has to tell my kids it’s gone.",
            "Carl Haugen",
            (" he said, his", "he"),
            "said",
        ),
        ("keep the lights on", "Jenny Olander", "Jenny Olander", "said"),
        (
            "Granite Falls shouldn't have to figure this out alone,",
            "Tom Brekke",
            ('," he said', "he"),
            "said",
        ),
        (
            "with the same scrutiny we apply to any large user.",
            "Minnesota Department of Natural Resources",
            "A department spokesman",
            "said",
        ),
        ("I’ve lost votes before,", "Darnell Pike", ("” he said. “I’ll", "he"), "said"),
        (
            "I’ll lose more. But I want it on the record that somebody in this room asked the hard questions.",
            "Darnell Pike",
            ("” he said. “I’ll", "he"),
            "said",
        ),
    ],
)

article(
    "blind-en02",
    "en",
    """Harwick Foods explores sale of frozen-meals unit - sources

By Priya Raman and Owen Lasky
September 15, 2026 2:37 PM GMT+1 Updated ago

NEW YORK, Sept 15 (Reuters) - Harwick Foods is exploring a sale of its frozen-meals business, which could be valued at about $3 billion including debt, according to two people familiar with the matter.

The packaged-food maker has hired investment bank Lowry & Pratt to run the process and has held early talks with private equity firms, the sources said, asking not to be identified because the discussions are confidential.

"They want the unit gone before the end of the year," said a person close to the company's board.

In a statement, Harwick said it "regularly reviews its portfolio to maximize value for shareholders" and declined to comment further.

The frozen-meals unit, which sells the "Hearthside" and "Little Chef's Table" brands, has struggled as shoppers trade down to cheaper store labels. Sales at the division fell 7% in the second quarter.

On an earnings call in July, Chief Executive Gregory Amsel said the company was "taking a hard look at every category where we are not number one or number two."

"We're not going to be sentimental about any brand," Amsel told analysts at the time. "If somebody else can run it better, we'll listen."

Activist investor Sandpiper Partners, which disclosed a 4% stake in Harwick in March, has pushed for a breakup. In a letter to the board, Sandpiper founder Nadia Ferrante wrote that the company had become "a holding company for tired brands."

"Management has had three years. The results speak for themselves," Ferrante said in an interview with Reuters on Monday.

She added that Sandpiper would back a sale "at the right price" but would oppose any deal that left Harwick carrying too much debt.

Analysts said a sale could make sense. "The frozen aisle is a tough neighborhood right now," said Luis Ortega, an analyst at Brenton Securities. "A financial buyer with patience might do better with it than a public company that reports every 90 days."

The division's operating margin has slipped to "low single digits," according to Ortega, compared with about 15% for the rest of the company.

Not everyone is convinced. Kate Moreland, a portfolio manager at Ashgrove Capital, which owns Harwick shares, cautioned that selling now would mean "selling at the bottom of the cycle."

"I'd rather they fix it for two years and then sell it," she said.

Harwick shares rose 5.2% to $48.10 in afternoon trading after the Reuters report.

(Reporting by Priya Raman and Owen Lasky in New York; Editing by Mark Heller)""",
    [
        (
            "They want the unit gone before the end of the year,",
            "person",
            "a person",
            "said",
        ),
        (
            "regularly reviews its portfolio to maximize value for shareholders",
            "Harwick Foods",
            ("Harwick said", "Harwick"),
            "said",
        ),
        (
            "taking a hard look at every category where we are not number one or number two.",
            "Gregory Amsel",
            "Chief Executive Gregory Amsel",
            "said",
        ),
        ("We're not going to be sentimental about any brand,", "Gregory Amsel", "Amsel", "told"),
        ("If somebody else can run it better, we'll listen.", "Gregory Amsel", "Amsel", "told"),
        ("a holding company for tired brands.", "Nadia Ferrante", "Nadia Ferrante", "wrote"),
        (
            "Management has had three years. The results speak for themselves,",
            "Nadia Ferrante",
            "Ferrante",
            "said",
        ),
        ("at the right price", "Nadia Ferrante", "She", "added"),
        (
            "The frozen aisle is a tough neighborhood right now,",
            "Luis Ortega",
            "Luis Ortega",
            "said",
        ),
        (
            "A financial buyer with patience might do better with it than a public company that reports every 90 days.",
            "Luis Ortega",
            "Luis Ortega",
            "said",
        ),
        ("low single digits,", "Luis Ortega", "Ortega", "according to"),
        ("selling at the bottom of the cycle.", "Kate Moreland", "Kate Moreland", "cautioned"),
        ("I'd rather they fix it for two years and then sell it,", "Kate Moreland", "she", "said"),
    ],
    ["Hearthside", "Little Chef's Table"],
)

article(
    "blind-en03",
    "en",
    """Care home manager jailed for stealing £210,000 from residents

Published
2 October 2026

Share
Save

A care home manager who stole more than £210,000 from elderly residents to pay for holidays and a sports car has been jailed for seven years.

Pauline Dreyer, 49, from Taunton, admitted 14 counts of fraud by abuse of position at an earlier hearing at Exeter Crown Court.

The court heard she used residents’ bank cards and forged signatures on cheques over four years while running Meadowbank House in Wellington, Somerset.

Sentencing her on Friday, Judge Anthony Corliss said she had shown ‘a staggering degree of callousness’.

‘These were people who trusted you with their dignity in the last years of their lives,’ he told her. ‘You treated them as a cash machine.’

‘You told staff you were “only borrowing” the money,’ the judge added. ‘That was a lie, and you knew it.’

The thefts came to light when relatives of one resident, 91-year-old Walter Finch, noticed unusual withdrawals from his account.

Graham Finch, whose father lived at the home for six years until his death in March, said in a statement read to the court: ‘My father fought in Korea. He deserved to end his days in peace, not to be robbed by the person paid to look after him.’

Dreyer’s barrister, Simon Achebe KC, said his client had developed a gambling addiction after her divorce and was ‘profoundly ashamed’.

‘She does not ask for sympathy,’ Mr Achebe told the court. ‘She knows she will spend a long time in prison, and she accepts that.’

Det Sgt Rachel Voss, of Avon and Somerset Police, said the case was one of the most ‘distressing’ she had dealt with in her career.

‘Residents’ families have been through a terrible ordeal,’ she said outside court. ‘I hope today gives them some sense that justice has been done.’

The Care Quality Commission, which inspects care homes in England, said it had rated Meadowbank House ‘inadequate’ in its last report and that the home had since changed owners.

A spokesperson for Brightwater Care, which now runs the home, said: ‘We are deeply sorry for what residents and families went through under the previous management. We have cooperated fully with the police throughout.’

The court will consider a confiscation order at a later date.

Read more: How to spot the signs of financial abuse of an older relative

Related Topics
Wellington
Exeter Crown Court""",
    [
        ("a staggering degree of callousness", "Anthony Corliss", "Judge Anthony Corliss", "said"),
        (
            "These were people who trusted you with their dignity in the last years of their lives,",
            "Anthony Corliss",
            ("he told her", "he"),
            "told",
        ),
        ("You treated them as a cash machine.", "Anthony Corliss", ("he told her", "he"), "told"),
        (
            "You told staff you were “only borrowing” the money,",
            "Anthony Corliss",
            "the judge",
            "added",
        ),
        ("That was a lie, and you knew it.", "Anthony Corliss", "the judge", "added"),
        (
            "My father fought in Korea. He deserved to end his days in peace, not to be robbed by the person paid to look after him.",
            "Graham Finch",
            "Graham Finch",
            "said",
        ),
        ("profoundly ashamed", "Simon Achebe", "Simon Achebe", "said"),
        ("She does not ask for sympathy,", "Simon Achebe", "Mr Achebe", "told"),
        (
            "She knows she will spend a long time in prison, and she accepts that.",
            "Simon Achebe",
            "Mr Achebe",
            "told",
        ),
        ("distressing", "Rachel Voss", "Det Sgt Rachel Voss", "said"),
        (
            "Residents’ families have been through a terrible ordeal,",
            "Rachel Voss",
            ("she said outside", "she"),
            "said",
        ),
        (
            "I hope today gives them some sense that justice has been done.",
            "Rachel Voss",
            ("she said outside", "she"),
            "said",
        ),
        ("inadequate", "Care Quality Commission", "The Care Quality Commission", "said"),
        (
            "We are deeply sorry for what residents and families went through under the previous management. We have cooperated fully with the police throughout.",
            "Brightwater Care",
            "A spokesperson",
            "said",
        ),
    ],
)

article(
    "blind-en04",
    "en",
    """Reyes scores 34, Comets even series with Blaze

By TOM ANDERS AP Sports Writer
Updated 11:48 PM EDT, September 20, 2026
Share

HARBOR CITY, Ohio (AP) — Alana Reyes scored 34 points, including five straight in the final minute, and the Harbor City Comets beat the Denver Blaze 88-84 on Sunday night to even their semifinal series at one game apiece.

Reyes, who missed the series opener with a sprained ankle, shrugged off the injury afterward. "It's sore, but it's the playoffs," she said. "Nobody's feeling great right now."

Comets coach Frank DeLuca said he had planned to limit Reyes to 25 minutes. She played 36.

"I tried to take her out twice," DeLuca quipped. "She looked at me like I'd insulted her mother."

Denver led by nine early in the fourth quarter before the Comets closed on a 19-6 run. Blaze star Keisha Morgan finished with 27 points and 11 rebounds but went scoreless over the last six minutes.

"We got stagnant," Morgan said. "We stopped moving the ball, and against a team like that, you can't do that."

Blaze coach Vanessa Holt was blunter. "That," she said, "was not playoff basketball from us in the fourth."

Holt also took issue with a late foul call on Morgan, saying the officials had "a different whistle" at each end of the floor.

Asked about the comments, DeLuca told The Associated Press: "I'm not touching that one. Ask the league."

Rookie guard Maya Lindqvist added 14 points off the bench for Harbor City, including a pair of 3-pointers in the fourth quarter that Reyes called "the biggest shots of the night."

"Maya doesn't get rattled," Reyes said. "Honestly, it's kind of annoying how calm she is."

Lindqvist grinned when told of the remark. "I'm freaking out on the inside," she insisted. "I just don't show it."

TIP-INS

Blaze: Morgan has scored at least 20 points in nine straight playoff games. ... Denver was 6 of 24 from 3-point range.

Comets: Reyes had eight assists. ... The crowd of 14,212 was a franchise playoff record.

UP NEXT

Game 3 is Wednesday night in Denver.

___

AP WNBA coverage and playoff schedule""",
    [
        (
            "It's sore, but it's the playoffs,",
            "Alana Reyes",
            ('," she said. "Nobody', "she"),
            "said",
        ),
        (
            "Nobody's feeling great right now.",
            "Alana Reyes",
            ('," she said. "Nobody', "she"),
            "said",
        ),
        ("I tried to take her out twice,", "Frank DeLuca", "DeLuca", "quipped"),
        ("She looked at me like I'd insulted her mother.", "Frank DeLuca", "DeLuca", "quipped"),
        ("We got stagnant,", "Keisha Morgan", "Morgan", "said"),
        (
            "We stopped moving the ball, and against a team like that, you can't do that.",
            "Keisha Morgan",
            "Morgan",
            "said",
        ),
        ("That,", "Vanessa Holt", ('," she said, "', "she"), "said"),
        (
            "was not playoff basketball from us in the fourth.",
            "Vanessa Holt",
            ('," she said, "', "she"),
            "said",
        ),
        ("a different whistle", "Vanessa Holt", "Holt", "saying"),
        ("I'm not touching that one. Ask the league.", "Frank DeLuca", "DeLuca", "told"),
        ("the biggest shots of the night.", "Alana Reyes", "Reyes", "called"),
        ("Maya doesn't get rattled,", "Alana Reyes", "Reyes", "said"),
        ("Honestly, it's kind of annoying how calm she is.", "Alana Reyes", "Reyes", "said"),
        ("I'm freaking out on the inside,", "Maya Lindqvist", ("she insisted", "she"), "insisted"),
        ("I just don't show it.", "Maya Lindqvist", ("she insisted", "she"), "insisted"),
    ],
)

article(
    "blind-en05",
    "en",
    """Urban foxes are evolving shorter snouts, study suggests

Researchers say city-dwelling red foxes show changes in skull shape that echo the early stages of domestication

Nicola Barrow Science correspondent
Wed 14 Oct 2026 16.30 BST

Red foxes living in cities have developed measurably shorter and wider snouts than their rural cousins, according to a study whose authors say it offers a rare glimpse of evolution happening in real time.

The researchers, from the University of Glasgow and the Natural History Museum in London, compared 1,100 fox skulls collected over 90 years. Their paper, “Convergent cranial change in urban red foxes”, was published on Wednesday in the journal Ecology Letters.

“What surprised us was how consistent the pattern was,” says Dr Ishaan Mehta, the study’s lead author. “London, Glasgow, Bristol, Zurich – you see the same shift in the same direction.”

Mehta believes the change is driven by diet. Urban foxes rely heavily on food scraps and bins, which demand far less bite force than hunting voles and rabbits.

“If you are eating leftover chips rather than chasing prey, you don’t need a long, powerful jaw,” he says.

“Over many generations, the animals that do well in cities are simply the ones that are good at living alongside us. That is exactly what we think happened with dogs, thousands of years ago.

“We are not saying foxes are becoming pets. But the first steps look surprisingly familiar.”

Not all scientists are convinced. Prof Helen Dawkins, an evolutionary biologist at the University of Exeter who was not involved in the research, says the findings are “intriguing but not yet conclusive”.

“Skull shape can change because of what an animal eats during its own lifetime, without any genetic change at all,” she says. “You’d want to see the genetics before calling this evolution.”

The authors acknowledge the point. In the paper, they write that “developmental plasticity cannot be excluded” and call for genomic studies of the same populations.

Dawkins’s own group at Exeter has found similar changes in urban hedgehogs, work she describes as “still at a very early stage”.

Sign up to Lab Notes, our free weekly science newsletter

For Mehta, the next step is to look at foxes in the suburbs, where diets are more mixed. He is also collecting skulls from wildlife rescues through a public appeal, “Send Us Your Foxes”, which he jokes has produced “some very strange parcels”.

“People have been incredibly generous,” he says. “Slightly too generous, sometimes.”

The team hopes to publish the suburban results next year.""",
    [
        (
            "What surprised us was how consistent the pattern was,",
            "Ishaan Mehta",
            "Dr Ishaan Mehta",
            "says",
        ),
        (
            "London, Glasgow, Bristol, Zurich – you see the same shift in the same direction.",
            "Ishaan Mehta",
            "Dr Ishaan Mehta",
            "says",
        ),
        (
            "If you are eating leftover chips rather than chasing prey, you don’t need a long, powerful jaw,",
            "Ishaan Mehta",
            ("” he says.\n", "he"),
            "says",
        ),
        (
            "Over many generations, the animals that do well in cities are simply the ones that are good at living alongside us. That is exactly what we think happened with dogs, thousands of years ago.",
            "Ishaan Mehta",
            None,
            None,
        ),
        (
            "We are not saying foxes are becoming pets. But the first steps look surprisingly familiar.",
            "Ishaan Mehta",
            None,
            None,
        ),
        ("intriguing but not yet conclusive", "Helen Dawkins", "Prof Helen Dawkins", "says"),
        (
            "Skull shape can change because of what an animal eats during its own lifetime, without any genetic change at all,",
            "Helen Dawkins",
            ("she says", "she"),
            "says",
        ),
        (
            "You’d want to see the genetics before calling this evolution.",
            "Helen Dawkins",
            ("she says", "she"),
            "says",
        ),
        ("developmental plasticity cannot be excluded", "authors", ("they write", "they"), "write"),
        ("still at a very early stage", "Helen Dawkins", ("she describes", "she"), "describes"),
        ("some very strange parcels", "Ishaan Mehta", ("he jokes", "he"), "jokes"),
        (
            "People have been incredibly generous,",
            "Ishaan Mehta",
            ("” he says. “Slightly", "he"),
            "says",
        ),
        (
            "Slightly too generous, sometimes.",
            "Ishaan Mehta",
            ("” he says. “Slightly", "he"),
            "says",
        ),
    ],
    ["Convergent cranial change in urban red foxes", "Send Us Your Foxes"],
)

article(
    "blind-en06",
    "en",
    """Marovia, rebels agree 30-day truce after Geneva talks

By Elise Marchetti
November 3, 2026 6:12 PM GMT Updated 2 hours ago

GENEVA, Nov 3 (Reuters) - The government of Marovia and the rebel Northern Liberation Front agreed on Tuesday to a 30-day truce, the United Nations said, the first pause in fighting since the conflict flared again in June.

U.N. special envoy Karin Sjoberg, who mediated the talks, told reporters the agreement was "fragile but real."

"Nobody in that room trusts the other side, and I'm not going to pretend otherwise," Sjoberg said. "But they have both signed, and they both know the world is watching."

The truce covers the provinces of Tessaly and Vorn, where aid agencies say more than 400,000 people have been displaced. It takes effect at midnight on Wednesday.

The Marovian Foreign Ministry said in a statement that the government would "respect every commitment it has made" but reserved the right to respond to "any provocation."

Foreign Minister Dario Kessel later posted on X: "Peace is built with actions, not signatures. We will judge the Front by what it does."

Ilyas Moradi, a spokesman for the Front, told Reuters by phone that its fighters would hold their current positions. "We did not come to Geneva to surrender," he said. "We came to stop the killing. If the army stops, we stop."

Two Western diplomats briefed on the talks said the final hours had nearly collapsed over the release of prisoners held by both sides.

"At one point the government delegation had their coats on," one diplomat said, speaking on condition of anonymity because the talks were private.

The International Committee of the Red Cross, which would oversee any exchange, said it was ready to act "as soon as both parties give us the lists."

According to Sjoberg, a second round of talks aimed at a permanent ceasefire is planned for December. "The hard part starts now," she said.

Aid groups were cautiously hopeful. "Thirty days is not enough to rebuild a single village," said Amal Haddad, Marovia country director for the charity Relief Without Borders. "But it is enough to get food and medicine to people who have had none since August."

The conflict, rooted in a decades-old dispute over mining revenues in the north, has killed at least 6,000 people since 2023, according to U.N. estimates.

(Reporting by Elise Marchetti; Additional reporting by Tomas Brandt in Vienna; Editing by Alison Webb)

Our Standards: The Trust Principles.""",
    [
        ("fragile but real.", "Karin Sjoberg", "U.N. special envoy Karin Sjoberg", "told"),
        (
            "Nobody in that room trusts the other side, and I'm not going to pretend otherwise,",
            "Karin Sjoberg",
            "Sjoberg",
            "said",
        ),
        (
            "But they have both signed, and they both know the world is watching.",
            "Karin Sjoberg",
            "Sjoberg",
            "said",
        ),
        (
            "respect every commitment it has made",
            "Marovian Foreign Ministry",
            "The Marovian Foreign Ministry",
            "said",
        ),
        ("any provocation.", "Marovian Foreign Ministry", "The Marovian Foreign Ministry", "said"),
        (
            "Peace is built with actions, not signatures. We will judge the Front by what it does.",
            "Dario Kessel",
            "Foreign Minister Dario Kessel",
            "posted",
        ),
        (
            "We did not come to Geneva to surrender,",
            "Ilyas Moradi",
            ('," he said. "We came', "he"),
            "said",
        ),
        (
            "We came to stop the killing. If the army stops, we stop.",
            "Ilyas Moradi",
            ('," he said. "We came', "he"),
            "said",
        ),
        (
            "At one point the government delegation had their coats on,",
            "diplomat",
            "one diplomat",
            "said",
        ),
        (
            "as soon as both parties give us the lists.",
            "International Committee of the Red Cross",
            "The International Committee of the Red Cross",
            "said",
        ),
        ("The hard part starts now,", "Karin Sjoberg", ("she said", "she"), "said"),
        (
            "Thirty days is not enough to rebuild a single village,",
            "Amal Haddad",
            "Amal Haddad",
            "said",
        ),
        (
            "But it is enough to get food and medicine to people who have had none since August.",
            "Amal Haddad",
            "Amal Haddad",
            "said",
        ),
    ],
)

article(
    "blind-en07",
    "en",
    """Lumina pulls ‘Memory Lane’ feature after privacy backlash

The smart-glasses maker says it will disable a tool that let users search everything they had seen and heard

By Jordan Pierce
Oct. 22, 2026 at 4:05 p.m. PT

SAN FRANCISCO — Lumina, the start-up behind the popular Halo smart glasses, said Thursday that it would switch off “Memory Lane,” a feature that recorded and indexed everything its users saw, after a week of mounting criticism from privacy advocates and regulators in three countries.

“We moved too fast, and we got this wrong,” the company said in a blog post. “Memory Lane will be disabled for all users by Monday.”

Chief executive Sonia Park, who demonstrated the feature on stage at a launch event last month, acknowledged in an interview that the rollout had been “a mistake in how we thought about people who never agreed to be recorded.”

“I was thinking about the person wearing the glasses,” Park said. “I wasn’t thinking enough about everyone else in the room.”

Memory Lane, which cost $9.99 a month as part of the “Halo Plus” subscription, used on-device software to transcribe conversations and recognize faces.

Critics said it effectively turned every wearer into a walking surveillance camera. Ben Adeyemi, a senior attorney at the Digital Rights Project, called it “the most invasive consumer product I’ve seen in 15 years of doing this work.”

“Turning it off is the right call,” Adeyemi said Thursday, “but the data that was already collected doesn’t disappear because of a blog post.”

He said Lumina should delete every recording made with the feature. The company said users could export their data before it is erased on Dec. 1.

Ireland’s Data Protection Commission, which oversees Lumina in the European Union, said it was “engaging with the company” and had not closed its inquiry.

ADVERTISEMENT

On social media, reaction was mixed. “Honestly the best feature they ever shipped,” one user posted on X. “I used it to remember names at work.”

Lumina’s co-founder, Marcus Reid, conceded on a podcast Wednesday that the company had underestimated the backlash. “We thought people would see it like a search engine for your own life,” he said. “Clearly a lot of people saw something else.”

Park told reporters on a call Thursday evening: “We will bring back some version of this only when we can do it without recording people who haven’t said yes.”

The company, valued at $4 billion in its last funding round, has sold about 600,000 pairs of Halo glasses since 2024.

Read more: The smart-glasses boom, explained

Tech Brief: Get the day’s biggest tech stories in your inbox""",
    [
        ("We moved too fast, and we got this wrong,", "Lumina", "the company", "said"),
        ("Memory Lane will be disabled for all users by Monday.", "Lumina", "the company", "said"),
        (
            "a mistake in how we thought about people who never agreed to be recorded.",
            "Sonia Park",
            "Chief executive Sonia Park",
            "acknowledged",
        ),
        ("I was thinking about the person wearing the glasses,", "Sonia Park", "Park", "said"),
        (
            "I wasn’t thinking enough about everyone else in the room.",
            "Sonia Park",
            "Park",
            "said",
        ),
        (
            "the most invasive consumer product I’ve seen in 15 years of doing this work.",
            "Ben Adeyemi",
            "Ben Adeyemi",
            "called",
        ),
        ("Turning it off is the right call,", "Ben Adeyemi", "Adeyemi", "said"),
        (
            "but the data that was already collected doesn’t disappear because of a blog post.",
            "Ben Adeyemi",
            "Adeyemi",
            "said",
        ),
        (
            "engaging with the company",
            "Data Protection Commission",
            "Ireland’s Data Protection Commission",
            "said",
        ),
        ("Honestly the best feature they ever shipped,", "user", "one user", "posted"),
        ("I used it to remember names at work.", "user", "one user", "posted"),
        (
            "We thought people would see it like a search engine for your own life,",
            "Marcus Reid",
            ("” he said. “Clearly", "he"),
            "said",
        ),
        (
            "Clearly a lot of people saw something else.",
            "Marcus Reid",
            ("” he said. “Clearly", "he"),
            "said",
        ),
        (
            "We will bring back some version of this only when we can do it without recording people who haven’t said yes.",
            "Sonia Park",
            "Park",
            "told",
        ),
    ],
    ["Memory Lane", "Memory Lane,", "Halo Plus"],
)

article(
    "blind-en08",
    "en",
    """Nurses at St. Brendan's walk out in first strike in 30 years

Keisha Oduya
The Providence Journal
Published 6:00 a.m. ET Sept. 29, 2026 | Updated 1:17 p.m. ET Sept. 29, 2026

PROVIDENCE — More than 900 nurses at St. Brendan's Medical Center walked off the job Monday morning, beginning a three-day strike over staffing levels that both sides say could have been avoided.

Picket lines formed at 7 a.m. outside the hospital's main entrance on Eddy Street, where nurses carried signs and chanted as passing drivers honked.

"We're not out here for ourselves," said Lorraine Castellano, an intensive care nurse who has worked at St. Brendan's for 22 years and sits on the union's bargaining committee. "We're out here because one nurse cannot safely care for six patients at once, and everybody inside that building knows it."

The union, the Rhode Island Nurses Alliance, wants a cap of four patients per nurse on medical-surgical floors, where staffing is "dangerously thin," according to the union. The hospital has offered five, along with a 14% raise over three years.

Hospital president Michael Sorensen said in a statement that St. Brendan's had "bargained in good faith for eleven months."

"We deeply respect our nurses, but a strike is not the answer," he said. "Patient care will continue without interruption."

The hospital brought in about 400 replacement nurses from an agency, at a cost officials would not disclose. A hospital spokeswoman, Diane Albright, said non-emergency surgeries scheduled for this week had been postponed. She insisted the replacements were "fully licensed and experienced."

Castellano disputed that. "They are good nurses," she said of the agency staff, "but they don't know our floors, they don't know our patients, and they don't know where anything is."

The nurses' union president, Gary Mendes, told WPRI-TV that the union was ready to return to the table "tonight, tomorrow, any time."

Gov. Elena Marquez, a Democrat, urged both sides to resume talks. "Nobody wins when a hospital is on strike, least of all patients," Marquez wrote on X.

Outside the emergency entrance, Raymond Tillis, 71, who had come for a scheduled blood test, said he supported the nurses. "They took care of my wife when she was dying," he said. "Whatever they're asking for, they've earned it."

The strike is scheduled to end at 7 a.m. Thursday, but the hospital has said the replacement nurses are under contract until Friday, meaning strikers may be kept off the floors for an extra day.

Mendes called that plan "petty and expensive."

"They would rather pay an agency than let their own nurses back in," he said.

Subscribe for $1: Get unlimited access to local news""",
    [
        ("We're not out here for ourselves,", "Lorraine Castellano", "Lorraine Castellano", "said"),
        (
            "We're out here because one nurse cannot safely care for six patients at once, and everybody inside that building knows it.",
            "Lorraine Castellano",
            "Lorraine Castellano",
            "said",
        ),
        (
            "dangerously thin,",
            "Rhode Island Nurses Alliance",
            ("according to the union", "the union"),
            "according to",
        ),
        (
            "bargained in good faith for eleven months.",
            "Michael Sorensen",
            "Hospital president Michael Sorensen",
            "said",
        ),
        (
            "We deeply respect our nurses, but a strike is not the answer,",
            "Michael Sorensen",
            ('," he said. "Patient', "he"),
            "said",
        ),
        (
            "Patient care will continue without interruption.",
            "Michael Sorensen",
            ('," he said. "Patient', "he"),
            "said",
        ),
        ("fully licensed and experienced.", "Diane Albright", ("She insisted", "She"), "insisted"),
        ("They are good nurses,", "Lorraine Castellano", ("she said of", "she"), "said"),
        (
            "but they don't know our floors, they don't know our patients, and they don't know where anything is.",
            "Lorraine Castellano",
            ("she said of", "she"),
            "said",
        ),
        ("tonight, tomorrow, any time.", "Gary Mendes", "Gary Mendes", "told"),
        (
            "Nobody wins when a hospital is on strike, least of all patients,",
            "Elena Marquez",
            ("Marquez wrote", "Marquez"),
            "wrote",
        ),
        (
            "They took care of my wife when she was dying,",
            "Raymond Tillis",
            ('," he said. "Whatever', "he"),
            "said",
        ),
        (
            "Whatever they're asking for, they've earned it.",
            "Raymond Tillis",
            ('," he said. "Whatever', "he"),
            "said",
        ),
        ("petty and expensive.", "Gary Mendes", "Mendes", "called"),
        (
            "They would rather pay an agency than let their own nurses back in,",
            "Gary Mendes",
            ('," he said.\n', "he"),
            "said",
        ),
    ],
)

article(
    "blind-en09",
    "en",
    """‘We’re not going anywhere’: Caldwell rejects calls to quit Senate race

By Ethan Marsh and Julia Brandt
Updated 8:52 PM EDT, Thu October 8, 2026

COLUMBUS, Ohio — Sen. Ann Caldwell on Thursday dismissed growing pressure from within her own party to abandon her re-election bid, telling supporters at a rally in Columbus that she was “not going anywhere.”

“I’ve been counted out before,” Caldwell, 64, told a crowd of several hundred people in a union hall. “I was counted out in 2014, and I was counted out in 2020. I’m still here.”

“And I’ll tell you something else. I’m going to win this thing.”

The defiant appearance came a day after a poll showed her trailing her Republican challenger, businessman Rick Talbot, by eight points, and after three Democratic House members publicly urged her to step aside.

Rep. Lisa Okafor, one of the three, said on Wednesday that Caldwell had been “a great senator” but that the party could not afford “to lose this seat out of loyalty.”

Caldwell brushed aside the criticism. Asked about Okafor’s comments, she insisted: “Lisa is a friend. She’s entitled to her opinion. She’s wrong.”

Behind the scenes, the mood is darker. Two Democratic officials involved in the party’s Senate campaign said donors had begun holding back money. “The phones have gone quiet,” said one official, who requested anonymity to discuss private conversations.

Talbot’s campaign seized on the turmoil. “Even Ann Caldwell’s own party doesn’t think she can do the job anymore,” campaign spokesman Kyle Brennan said in a statement.

Talbot himself, speaking at a window factory in Dayton, called the senator “a relic” and promised a campaign focused on “jobs, not Washington drama.”

CNN’s “State of the Race” tracker rates the contest as leaning Republican. It was rated a toss-up in August.

According to the Ohio Democratic Party’s chairwoman, Teresa Villanueva, there are no plans to replace Caldwell on the ballot, which would in any case require her consent. “It’s her decision, and she has made it,” Villanueva told reporters.

Under state law, the deadline to withdraw a candidate’s name from the November ballot is Oct. 14.

Read more: Ohio Senate race: What the latest polls show

Caldwell’s campaign said she would hold three more rallies this weekend, in Cleveland, Toledo and Akron. Her campaign manager, Doug Ferris, put it more bluntly.

“She’s not dropping out,” he said. “She’s speeding up.”

CNN’s Maria Ochoa contributed to this report.""",
    [
        ("We’re not going anywhere", "Ann Caldwell", None, None),
        ("not going anywhere.", "Ann Caldwell", "Sen. Ann Caldwell", "telling"),
        ("I’ve been counted out before,", "Ann Caldwell", "Caldwell", "told"),
        (
            "I was counted out in 2014, and I was counted out in 2020. I’m still here.",
            "Ann Caldwell",
            "Caldwell",
            "told",
        ),
        (
            "And I’ll tell you something else. I’m going to win this thing.",
            "Ann Caldwell",
            None,
            None,
        ),
        ("a great senator", "Lisa Okafor", "Rep. Lisa Okafor", "said"),
        ("to lose this seat out of loyalty.", "Lisa Okafor", "Rep. Lisa Okafor", "said"),
        (
            "Lisa is a friend. She’s entitled to her opinion. She’s wrong.",
            "Ann Caldwell",
            ("she insisted", "she"),
            "insisted",
        ),
        ("The phones have gone quiet,", "official", "one official", "said"),
        (
            "Even Ann Caldwell’s own party doesn’t think she can do the job anymore,",
            "Kyle Brennan",
            "Kyle Brennan",
            "said",
        ),
        ("a relic", "Rick Talbot", ("Talbot himself", "Talbot"), "called"),
        ("jobs, not Washington drama.", "Rick Talbot", ("Talbot himself", "Talbot"), "promised"),
        ("It’s her decision, and she has made it,", "Teresa Villanueva", "Villanueva", "told"),
        ("She’s not dropping out,", "Doug Ferris", ("” he said. “She’s", "he"), "said"),
        ("She’s speeding up.", "Doug Ferris", ("” he said. “She’s", "he"), "said"),
    ],
    ["State of the Race"],
)

article(
    "blind-en10",
    "en",
    """At Telluride, a first-time director’s farm drama becomes the surprise of the festival

By Hannah Liu
September 5, 2026

TELLURIDE, Colo. — When the lights came up after the premiere of “The Long Field,” the audience stood for nearly six minutes. In the front row, the film’s director, Tomasz Wieczorek, covered his face with his hands.

“I had no speech prepared,” Wieczorek says, laughing, over coffee the next morning. “My producer told me, ‘Nobody stands up at Telluride, don’t worry about it.’ So I didn’t worry about it.”

The film, shot over two summers on his uncle’s dairy farm in western Pennsylvania, follows a widowed farmer and her teenage son as they fight to keep their land after the bank forecloses. Wieczorek, 38, spent a decade directing commercials before raising the $1.2 million budget himself, partly through a crowdfunding campaign called “Keep the Field.”

Lead actress Carmen Ruiz, best known for the cable series “Salt Flats,” spent a month working on the farm before shooting began.

“I learned to milk cows. I learned to drive a tractor, badly,” Ruiz says. “By the end I had blisters on my blisters, and honestly, that’s what you see on screen.”

Critics have been enthusiastic. Writing in Screen Weekly, Owen Blakely called the film “a quiet masterpiece about what we owe the ground beneath us” and described Ruiz’s performance as “ferocious without a single raised voice.”

Not every review was glowing. In a mixed notice for the Denver Post, the critic Priya Sandhu wrote that the final act “leans too hard on the score” but conceded that “the last ten minutes are devastating.”

The score, by the Nashville songwriter June Haller, includes an original song, “Dirt Road Prayer,” that several awards pundits have already tipped for an Oscar nomination.

Haller says she wrote it in a single night. “Tomasz sent me a rough cut at 10 p.m. and I sent him the song at 4 in the morning,” she says. “He called me and just said, ‘Yes.’ That was it.”

Several distributors are said to be bidding for the film. A person involved in the negotiations said an offer of more than $10 million was on the table. “Everybody who saw it wants it,” the person said.

Wieczorek insists he is not thinking about the money. “My uncle still hasn’t seen it,” he says. “That’s the review I’m nervous about.”

“The Long Field” screens again Sunday and Monday at the festival, and at the New York Film Festival next month.

Get the best of Entertainment delivered to your inbox

Most Popular""",
    [
        ("I had no speech prepared,", "Tomasz Wieczorek", "Wieczorek", "says"),
        (
            "My producer told me, ‘Nobody stands up at Telluride, don’t worry about it.’ So I didn’t worry about it.",
            "Tomasz Wieczorek",
            "Wieczorek",
            "says",
        ),
        (
            "I learned to milk cows. I learned to drive a tractor, badly,",
            "Carmen Ruiz",
            "Ruiz",
            "says",
        ),
        (
            "By the end I had blisters on my blisters, and honestly, that’s what you see on screen.",
            "Carmen Ruiz",
            "Ruiz",
            "says",
        ),
        (
            "a quiet masterpiece about what we owe the ground beneath us",
            "Owen Blakely",
            "Owen Blakely",
            "called",
        ),
        ("ferocious without a single raised voice.", "Owen Blakely", "Owen Blakely", "described"),
        ("leans too hard on the score", "Priya Sandhu", "Priya Sandhu", "wrote"),
        ("the last ten minutes are devastating.", "Priya Sandhu", "Priya Sandhu", "conceded"),
        (
            "Tomasz sent me a rough cut at 10 p.m. and I sent him the song at 4 in the morning,",
            "June Haller",
            ("” she says", "she"),
            "says",
        ),
        (
            "He called me and just said, ‘Yes.’ That was it.",
            "June Haller",
            ("” she says", "she"),
            "says",
        ),
        ("Everybody who saw it wants it,", "person", "the person", "said"),
        ("My uncle still hasn’t seen it,", "Tomasz Wieczorek", ("” he says", "he"), "says"),
        ("That’s the review I’m nervous about.", "Tomasz Wieczorek", ("” he says", "he"), "says"),
    ],
    ["The Long Field,", "Keep the Field.", "Salt Flats,", "Dirt Road Prayer,", "The Long Field"],
)


def main() -> None:
    SET.write(Path(__file__).with_name("blind_en.jsonl"), WORDS_RANGE)


if __name__ == "__main__":
    main()
