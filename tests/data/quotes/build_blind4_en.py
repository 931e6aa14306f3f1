# ruff: noqa: E501, RUF001
# Prose articles with typographic quotation marks: the long lines and the marks are the data.
"""Builds blind4_en.jsonl: a fourth blind English quotation set (written for depeche, CC0).

Ten English news articles written from scratch, invented stories, people and places, by a
helper who never read the quotes code, the dev set or the other blind sets, so the score on
them is a blind estimate of how ``depeche.quotes`` does on English news. The beats and outlets:
AP and Reuters wire (Congress, a trade deal and metals markets), a US metro daily (school board,
police), a UK broadsheet (Westminster) and a UK regional paper (a crown court case), both with
British single quotation marks, a football match report, a health study, a chipmaker's profit
warning, a human-interest feature with a long multi-paragraph quote, and a landslide report
with translated quotes. Each carries the scraping residue of a real page (bylines, datelines,
share lines, newsletter pitches, photo credits, "Advertisement", reporting credits).

Gold follows build_dev.py. Do not tune the extractor on this file: it exists to measure it.
Run ``python tests/data/quotes/build_blind4_en.py`` after editing.
"""

from __future__ import annotations

from pathlib import Path

from build_dev import ArticleSet

SET = ArticleSet()
article = SET.article

WORDS_RANGE = (300, 650)


article(
    "blind4-en01",
    "en",
    """Senate Democrats block stopgap bill as shutdown deadline nears

By DANIEL OKAFOR and RUTH MBEKI Associated Press
Updated 9:14 PM EST, December 11, 2025

Share
Share
Copy
Link copied

WASHINGTON (AP) — Senate Democrats on Thursday blocked a Republican stopgap spending bill, pushing the government closer to a partial shutdown at the end of next week and leaving both parties trading blame on the Senate floor.
The measure failed 52-46, short of the 60 votes needed to advance. Only two Democrats joined Republicans in supporting it.
“We are not going to rubber-stamp a bill that guts heating assistance in the middle of winter,” said Sen. Carolyn Whitfield of Vermont, the top Democrat on the Appropriations Committee. “Bring us something serious, and we’ll vote for it.”
Senate Majority Leader Grant Holloway, R-Ind., accused Democrats of playing politics with federal paychecks. “They had a clean bill in front of them,” Holloway told reporters after the vote. “They chose chaos.”
The White House weighed in within the hour. In a statement, press secretary Alana Brooks called the vote “a reckless act of obstruction” and said the president would not sign “any bill that rewards it.”
ADVERTISEMENT
Democrats say the dispute turns on the Low Income Home Energy Assistance Program, which the Republican bill would cut by roughly a third. The program helps about 6 million households pay their heating bills.
Whitfield, 61, said she had spoken with Holloway twice on Wednesday. “He knows where the votes are,” the Vermont Democrat said. “So far he hasn’t wanted to count them.”
A person familiar with the negotiations, who spoke on condition of anonymity to discuss private talks, said the two leaders were “not as far apart as the floor speeches suggest” but had not met in person since Monday.
Rep. Luis Serrano, D-Texas, who leads a group of centrist House Democrats, urged both chambers to pass a two-week extension instead. “Nobody back home is asking who won the news cycle,” he said in an interview. “They want to know if the parks are open and if their checks are coming.”
Federal employee unions have warned that a shutdown would hit days before the holidays. Everett Lamb, president of a federal workers’ union local in Norfolk, Virginia, told The Associated Press that members were already “calling to ask whether they should cancel flights home.”
The House is expected to take up its own version of the bill on Monday. Republicans there have titled it the “Keep America Working Act,” a name Democrats mocked on social media.
Asked whether the Senate would stay in session through the weekend, Holloway said only: “We’ll be here as long as it takes.”
___
Associated Press writer Mary Castellanos contributed to this report.""",
    [
        (
            "We are not going to rubber-stamp a bill that guts heating assistance in the middle of winter,",
            "Carolyn Whitfield",
            "Sen. Carolyn Whitfield",
            "said",
        ),
        (
            "Bring us something serious, and we’ll vote for it.",
            "Carolyn Whitfield",
            "Sen. Carolyn Whitfield",
            "said",
        ),
        ("They had a clean bill in front of them,", "Grant Holloway", "Holloway", "told"),
        ("They chose chaos.", "Grant Holloway", "Holloway", "told"),
        ("a reckless act of obstruction", "Alana Brooks", "Alana Brooks", "called"),
        ("any bill that rewards it.", "Alana Brooks", "Alana Brooks", ("and said the", "said")),
        ("He knows where the votes are,", "Carolyn Whitfield", "the Vermont Democrat", "said"),
        (
            "So far he hasn’t wanted to count them.",
            "Carolyn Whitfield",
            "the Vermont Democrat",
            "said",
        ),
        (
            "not as far apart as the floor speeches suggest",
            "person",
            "A person familiar with the negotiations",
            ("talks, said", "said"),
        ),
        (
            "Nobody back home is asking who won the news cycle,",
            "Luis Serrano",
            ("he said in", "he"),
            ("he said in", "said"),
        ),
        (
            "They want to know if the parks are open and if their checks are coming.",
            "Luis Serrano",
            ("he said in", "he"),
            ("he said in", "said"),
        ),
        (
            "calling to ask whether they should cancel flights home.",
            "Everett Lamb",
            "Everett Lamb",
            "told",
        ),
        (
            "We’ll be here as long as it takes.",
            "Grant Holloway",
            "Holloway",
            ("Holloway said", "said"),
        ),
    ],
    ["Keep America Working Act,"],
)

article(
    "blind4-en02",
    "en",
    """EU, Indonesia close in on nickel deal as talks enter final round - sources

By Henrik Vos and Dewi Anggraini
November 20, 2025 4:12 PM GMT+1 Updated 2 hours ago

BRUSSELS/JAKARTA, Nov 20 (Reuters) - The European Union and Indonesia are close to an agreement that would ease Jakarta's export curbs on nickel ore in exchange for European investment in local battery plants, three people briefed on the talks said on Thursday.
The deal, which could be announced as early as next week, would end a dispute that has weighed on the two sides' broader trade negotiations for more than four years, the sources said.
"We are in the last mile, but the last mile is always the hardest," one EU official said, speaking on condition of anonymity because the talks are confidential.
Indonesia's coordinating minister for economic affairs, Bambang Sutrisno, told reporters in Jakarta that the government would "not sacrifice downstream industry for a quick signature," but said there had been "real progress" on investment guarantees.
European Commission trade spokesperson Marta Ferreira said: "Negotiations are ongoing and we do not comment on their content. Our objective remains a balanced agreement."
Two people familiar with the EU position said Brussels had dropped a demand that Indonesia scrap its export ban outright, settling instead for annual quotas. One of the two, a diplomat, described the change as "a concession to reality."
Indonesia's Ministry of Trade said in a statement that any arrangement "must be approved by the House of Representatives and serve the national interest."
MARKETS SLIDE
Nickel prices on the London Metal Exchange fell 2.1% to $15,420 a metric ton after the report, their biggest one-day drop in a month.
"The market is pricing in more ore coming out of Indonesia, which is a bearish signal in the near term," said Julia Brandt, head of metals research at Kessler Commodities in Frankfurt. "But the details matter. If the quotas are small, this rally comes back."
Shares in Jakarta-listed miner Sulawesi Nikel fell 4.8%. The company said in a filing it was "monitoring developments" and did not expect any immediate impact on output.
Battery makers were more upbeat. A spokesperson for Nordvolt Cells, a Swedish startup that has been scouting sites in Southeast Asia, said the company "would welcome any framework that gives investors legal certainty."
Indonesia, the world's largest nickel producer, banned exports of unprocessed ore in 2020 to encourage domestic smelting, and the policy has drawn billions of dollars into processing plants, most of them Chinese-owned. The EU challenged the ban at the World Trade Organization.
Mandala Sekuritas, a Jakarta-based brokerage, wrote in a note to clients that a quota deal would be "a template for other mineral exporters," singling out bauxite and copper.
Asked on Thursday whether an announcement could come before the end of the year, Sutrisno smiled and told reporters: "God willing."
(Reporting by Henrik Vos in Brussels and Dewi Anggraini in Jakarta; Additional reporting by Tom Lachlan in London; Editing by Susan Fenwick and Mark Heinrich)
Our Standards: The Thomson Reuters Trust Principles.""",
    [
        (
            "We are in the last mile, but the last mile is always the hardest,",
            "official",
            "one EU official",
            "said",
        ),
        (
            "not sacrifice downstream industry for a quick signature,",
            "Bambang Sutrisno",
            "Bambang Sutrisno",
            "told",
        ),
        ("real progress", "Bambang Sutrisno", "Bambang Sutrisno", ("but said", "said")),
        (
            "Negotiations are ongoing and we do not comment on their content. Our objective remains a balanced agreement.",
            "Marta Ferreira",
            "Marta Ferreira",
            "said",
        ),
        ("a concession to reality.", "diplomat", "a diplomat", "described"),
        (
            "must be approved by the House of Representatives and serve the national interest.",
            "Ministry of Trade",
            "Indonesia's Ministry of Trade",
            "said",
        ),
        (
            "The market is pricing in more ore coming out of Indonesia, which is a bearish signal in the near term,",
            "Julia Brandt",
            "Julia Brandt",
            "said",
        ),
        (
            "But the details matter. If the quotas are small, this rally comes back.",
            "Julia Brandt",
            "Julia Brandt",
            "said",
        ),
        ("monitoring developments", "Sulawesi Nikel", "The company", "said"),
        (
            "would welcome any framework that gives investors legal certainty.",
            "Nordvolt Cells",
            "A spokesperson for Nordvolt Cells",
            "said",
        ),
        (
            "a template for other mineral exporters,",
            "Mandala Sekuritas",
            "Mandala Sekuritas",
            "wrote",
        ),
        ("God willing.", "Bambang Sutrisno", "Sutrisno", "told"),
    ],
)

article(
    "blind4-en03",
    "en",
    """Tacoma school board votes to close three elementary schools despite parents’ pleas

By Megan Ruiz-Holt | Staff writer
Published Nov. 18, 2025, 10:47 p.m. | Updated Nov. 19, 2025, 7:02 a.m.

Parents hold signs outside the district headquarters on Tuesday. (Dana Whitcomb / The Tacoma Ledger)

After nearly four hours of public testimony, the Tacoma Public Schools board voted 4-3 late Tuesday to close Lincoln Heights, Birchwood and Fern Hill elementary schools at the end of the school year, a move district officials say will save about $6.8 million a year.
“I did not run for this board to close schools,” said board member Teresa Villanueva, who voted in favor. “But I also did not run to pretend the money is there when it isn’t.”
Superintendent Howard Kessinger told the board that enrollment had fallen 14% since 2019 and that the three buildings were running at less than half capacity. The closures, he said, were “painful but unavoidable.”
Parents packed the boardroom and an overflow room down the hall, many in green T-shirts reading “Save Fern Hill.” Several speakers broke down during their testimony.
“My daughter walks to Fern Hill. Next year she’ll be on a bus for 40 minutes,” said Andre Coleman, whose two children attend the school. “Nobody on this board has explained to me how that’s better for her.”
Advertisement
Board President Linda Aho, who cast the deciding vote, acknowledged the anger in the room. “You have every right to be upset with us,” she told parents just before the vote. “I’d be upset too.”
Board member Samuel Okoro, one of three no votes, said the district had not studied where displaced students would go. “We are voting on a spreadsheet,” he said. “We haven’t walked the routes these kids will walk.”
Read more: What the closures mean for your child’s bus route
Separately, the board approved a one-year contract with the Tacoma Police Department to keep school resource officers in its five comprehensive high schools.
Police Chief Raymond Ostrowski called the officers “mentors first and police second,” a description some students disputed.
“They’re not mentors. They’re cops with a desk,” Jaylen Pruitt, a senior at Lincoln High School, told The Ledger after the meeting.
Ostrowski said the department had trained all eight officers in de-escalation this fall. Asked about the students’ complaints, the chief said: “I hear them. I’d ask them to judge us on what we do this year, not on what they’ve seen on the news.”
City Manager Patrice Holm said the city “stands ready to help families with the transition,” including extra crossing guards near the receiving schools. A spokesperson for the teachers’ union, the Tacoma Education Association, said it would push to ensure “no educator loses a job because a building closes.”
The district will hold information nights at each of the three schools in January. Its “Right-Sizing for the Future” report, which recommended the closures, is posted on the district website.
Megan Ruiz-Holt covers education for The Ledger. Reach her at 253-555-0147.
Get the Morning Briefing newsletter in your inbox.""",
    [
        (
            "I did not run for this board to close schools,",
            "Teresa Villanueva",
            "Teresa Villanueva",
            "said",
        ),
        (
            "But I also did not run to pretend the money is there when it isn’t.",
            "Teresa Villanueva",
            "Teresa Villanueva",
            "said",
        ),
        (
            "painful but unavoidable.",
            "Howard Kessinger",
            ("he said, were", "he"),
            ("he said, were", "said"),
        ),
        (
            "My daughter walks to Fern Hill. Next year she’ll be on a bus for 40 minutes,",
            "Andre Coleman",
            "Andre Coleman",
            "said",
        ),
        (
            "Nobody on this board has explained to me how that’s better for her.",
            "Andre Coleman",
            "Andre Coleman",
            "said",
        ),
        ("You have every right to be upset with us,", "Linda Aho", ("she told", "she"), "told"),
        ("I’d be upset too.", "Linda Aho", ("she told", "she"), "told"),
        (
            "We are voting on a spreadsheet,",
            "Samuel Okoro",
            ("he said.", "he"),
            ("he said.", "said"),
        ),
        (
            "We haven’t walked the routes these kids will walk.",
            "Samuel Okoro",
            ("he said.", "he"),
            ("he said.", "said"),
        ),
        (
            "mentors first and police second,",
            "Raymond Ostrowski",
            "Police Chief Raymond Ostrowski",
            "called",
        ),
        (
            "They’re not mentors. They’re cops with a desk,",
            "Jaylen Pruitt",
            "Jaylen Pruitt",
            "told",
        ),
        (
            "I hear them. I’d ask them to judge us on what we do this year, not on what they’ve seen on the news.",
            "Raymond Ostrowski",
            "the chief",
            ("the chief said", "said"),
        ),
        (
            "stands ready to help families with the transition,",
            "Patrice Holm",
            "Patrice Holm",
            "said",
        ),
        (
            "no educator loses a job because a building closes.",
            "Tacoma Education Association",
            "the Tacoma Education Association",
            ("Association, said", "said"),
        ),
    ],
    ["Save Fern Hill.", "Right-Sizing for the Future"],
)

article(
    "blind4-en04",
    "en",
    """‘We will not be bounced’: Marsh digs in as Labour MPs threaten pensions rebellion

Chancellor tells backbenchers she will not abandon means test, as more than 40 MPs signal they could vote against the government

Oliver Thackeray Political correspondent
Tue 18 Nov 2025 21.30 GMT
Share

The chancellor, Helen Marsh, has told Labour backbenchers she will ‘not be bounced into’ abandoning plans to means-test the state pension top-up, as more than 40 MPs signalled they could vote against the government next week.
Giving evidence to the Commons Treasury committee on Tuesday, Ms Marsh said: ‘I understand the strength of feeling. But I was not elected to duck difficult decisions, and neither were they.’
The revolt is being organised by MPs from the party’s 2024 intake, led by the member for Stockport North, Priya Raman. ‘This isn’t a rebellion, it’s a rescue mission,’ Raman told the BBC’s Today programme. ‘Pensioners in my constituency didn’t cause the deficit and they shouldn’t be the ones paying it off.’
The MPs’ letter to the chief whip, seen by the Guardian, describes the policy as ‘a tax on simply getting older’ and warns that it will ‘hand the next election to Reform’.
Raman, 38, a former hospital pharmacist, said the group had been contacted by party managers over the weekend. ‘The whips have been in touch,’ she said, ‘but nobody has changed their mind. If anything, people have hardened.’
If 40 Labour MPs voted with the opposition, it would be the largest backbench rebellion on a Budget measure since the ’90s, though the government’s majority means it would still be unlikely to fall.
No 10 sought to play down the row. A Downing Street spokesperson said the prime minister had ‘full confidence’ in the chancellor and that the measure was ‘fair, targeted and fully costed’.
But one minister, speaking privately, was less sanguine. ‘It’s a mess, and it’s a mess we made,’ they said. ‘We announced it on a Friday and hoped nobody would read the small print.’
The shadow chancellor, Sir Nigel Pembry, said the episode showed a government ‘at war with itself’. Speaking in the Commons, the Conservative added: ‘The chancellor cannot even persuade her own benches. How does she expect to persuade the markets?’
The Liberal Democrats have tabled an amendment that would exempt pensioners on pension credit from the change. Their Treasury spokesperson, Anna Lockett, told the Guardian: ‘We’re offering the government a ladder. It would be wise to climb down it.’
The measure forms part of what the Treasury has branded its ‘Fair Shares’ package, which ministers say will raise £2.1bn a year by 2028.
Treasury officials insist the policy affects only the wealthiest third of pensioners. A Treasury source said: ‘Nobody on a modest income is losing a penny. That message just hasn’t got through yet.’
The vote is expected next Wednesday.

Explore more on these topics
Labour
Pensions
Helen Marsh
Share
Reuse this content""",
    [
        ("We will not be bounced", "Helen Marsh", "Marsh", None),
        ("not be bounced into", "Helen Marsh", "Helen Marsh", "told"),
        (
            "I understand the strength of feeling. But I was not elected to duck difficult decisions, and neither were they.",
            "Helen Marsh",
            "Ms Marsh",
            "said",
        ),
        (
            "This isn’t a rebellion, it’s a rescue mission,",
            "Priya Raman",
            ("Raman told", "Raman"),
            "told",
        ),
        (
            "Pensioners in my constituency didn’t cause the deficit and they shouldn’t be the ones paying it off.",
            "Priya Raman",
            ("Raman told", "Raman"),
            "told",
        ),
        ("a tax on simply getting older", "MPs", ("The MPs’ letter", "MPs"), "describes"),
        ("hand the next election to Reform", "MPs", ("The MPs’ letter", "MPs"), "warns"),
        (
            "The whips have been in touch,",
            "Priya Raman",
            ("she said, ‘but", "she"),
            ("she said, ‘but", "said"),
        ),
        (
            "but nobody has changed their mind. If anything, people have hardened.",
            "Priya Raman",
            ("she said, ‘but", "she"),
            ("she said, ‘but", "said"),
        ),
        ("full confidence", "Downing Street", "A Downing Street spokesperson", "said"),
        (
            "fair, targeted and fully costed",
            "Downing Street",
            "A Downing Street spokesperson",
            "said",
        ),
        (
            "It’s a mess, and it’s a mess we made,",
            "minister",
            "one minister",
            ("they said", "said"),
        ),
        (
            "We announced it on a Friday and hoped nobody would read the small print.",
            "minister",
            "one minister",
            ("they said", "said"),
        ),
        ("at war with itself", "Nigel Pembry", "Sir Nigel Pembry", "said"),
        (
            "The chancellor cannot even persuade her own benches. How does she expect to persuade the markets?",
            "Nigel Pembry",
            "the Conservative",
            "added",
        ),
        (
            "We’re offering the government a ladder. It would be wise to climb down it.",
            "Anna Lockett",
            "Anna Lockett",
            "told",
        ),
        (
            "Nobody on a modest income is losing a penny. That message just hasn’t got through yet.",
            "source",
            "A Treasury source",
            ("source said", "said"),
        ),
    ],
    ["Fair Shares"],
)

article(
    "blind4-en05",
    "en",
    """Robber who held knife to village postmistress jailed for five years

By Siân Pritchard
Court reporter
12:05, 14 NOV 2025
Updated 16:40, 14 NOV 2025

NEWS

A man who held a kitchen knife to a village postmistress and fled with £2,300 in cash has been jailed for five years.
Kyle Barraclough, 29, of Mill Lane, Beccles, admitted robbery and possession of a bladed article at an earlier hearing.
Ipswich Crown Court heard he walked into the post office in Wrentham shortly before closing time on June 3, wearing a balaclava and gloves, and demanded the contents of the till.
Prosecutor James Atherton said the postmistress, Margaret Lowe, 67, was alone in the shop at the time. ‘She thought she was going to die,’ Mr Atherton told the court. ‘She has not worked behind that counter since.’
Barraclough was arrested four days later after a neighbour recognised his car from CCTV images released by police.
In a victim personal statement read to the court, Mrs Lowe said: ‘I’ve run that shop for 22 years. I used to know everyone who came through the door by name. Now I jump every time the bell goes.’
Read more: Village rallies round post office after armed raid
Mitigating, Rebecca Hale said her client had been ‘in the grip of a gambling addiction’ and owed more than £14,000 to loan sharks. ‘He’s ashamed of what he did and he wants Mrs Lowe to know that,’ she said. ‘He has written to her, though he understands if she doesn’t read it.’
Sentencing, Judge Sarah Whitlock told Barraclough: ‘You chose a small shop run by a woman on her own because you thought it would be easy. What you put her through was a terrifying ordeal, and it is one she will carry for the rest of her life.’
The judge said the gambling debts ‘explain but do not excuse’ the offence.
Speaking outside court, Det Insp Mark Greenaway of Suffolk Police said: ‘This was a cowardly attack on a pillar of the community. I hope today’s sentence gives Mrs Lowe some peace.’
Villagers have since raised more than £6,000 through a crowdfunding page, ‘Back Behind the Counter’, to pay for new security shutters and a panic alarm.
‘The response has been humbling,’ said Roy Fenn, chairman of Wrentham Parish Council, who set up the page. ‘Margaret has looked after this village for two decades. It was our turn to look after her.’
The post office reopened in August with volunteers staffing the counter two days a week. Mrs Lowe’s family said in a statement that she was ‘overwhelmed by people’s kindness’ and hoped to return ‘when the time is right’.

Sign up to the Suffolk Courts newsletter for the latest cases from across the county

Most Read
Lorry driver banned after crash on A12
Council confirms date for Southwold car park charges""",
    [
        ("She thought she was going to die,", "James Atherton", "Mr Atherton", "told"),
        ("She has not worked behind that counter since.", "James Atherton", "Mr Atherton", "told"),
        (
            "I’ve run that shop for 22 years. I used to know everyone who came through the door by name. Now I jump every time the bell goes.",
            "Margaret Lowe",
            "Mrs Lowe",
            "said",
        ),
        ("in the grip of a gambling addiction", "Rebecca Hale", "Rebecca Hale", "said"),
        (
            "He’s ashamed of what he did and he wants Mrs Lowe to know that,",
            "Rebecca Hale",
            ("she said. ‘He has", "she"),
            ("she said. ‘He has", "said"),
        ),
        (
            "He has written to her, though he understands if she doesn’t read it.",
            "Rebecca Hale",
            ("she said. ‘He has", "she"),
            ("she said. ‘He has", "said"),
        ),
        (
            "You chose a small shop run by a woman on her own because you thought it would be easy. What you put her through was a terrifying ordeal, and it is one she will carry for the rest of her life.",
            "Sarah Whitlock",
            "Judge Sarah Whitlock",
            "told",
        ),
        ("explain but do not excuse", "Sarah Whitlock", "The judge", ("judge said", "said")),
        (
            "This was a cowardly attack on a pillar of the community. I hope today’s sentence gives Mrs Lowe some peace.",
            "Mark Greenaway",
            "Det Insp Mark Greenaway",
            "said",
        ),
        ("The response has been humbling,", "Roy Fenn", "Roy Fenn", "said"),
        (
            "Margaret has looked after this village for two decades. It was our turn to look after her.",
            "Roy Fenn",
            "Roy Fenn",
            "said",
        ),
        ("overwhelmed by people’s kindness", "family", "Mrs Lowe’s family", "said"),
        ("when the time is right", "family", "Mrs Lowe’s family", "said"),
    ],
    ["Back Behind the Counter"],
)

article(
    "blind4-en06",
    "en",
    """Eastbridge United 3-2 Halford City: Okonkwo double sends hosts top of League One

Published 22 November 2025
Share
Save
Colin Renwick
BBC Sport at Marsh Lane

Image caption, Chidi Okonkwo has now scored nine league goals this season

Chidi Okonkwo scored twice in the second half as Eastbridge United came from two goals down to beat 10-man Halford City and go top of League One.
Halford led at the break through a Lewis Cardew header and a deflected strike from Mattias Berg, and Eastbridge manager Mark Sandford admitted his side had been "second best by a mile" in the first half.
"I told them at half-time that if we played like that for another 45 minutes, I'd be embarrassed to walk back down the tunnel," Sandford said. "To their credit, they listened."
Substitute Ryan Teale pulled one back on 58 minutes with his first senior goal, driving in at the near post after Halford goalkeeper Anders Holm could only parry a cross.
Teale, 19, said he had not expected to come on so early. "The gaffer just said to me, 'Run at them and see what happens,'" the teenager said. "So I ran at them."
The game turned 10 minutes later when Halford defender Jordan Mensah was shown a straight red card for hauling down Okonkwo as he ran through on goal. Okonkwo sent Holm the wrong way from the penalty spot, and in the third minute of stoppage time curled a shot into the top corner from 20 yards as the home end broke into "Okonkwo's On Fire".
"It's the best feeling in football, scoring in front of that end," said the 24-year-old, who joined from Stevenage in the summer. "I've been waiting for a goal like that since I was a kid in the stand."
Holm was honest about his part in the comeback. "We gave them two gifts and you can't do that at this level," said the Dane. "Some of that is on me. I have to be better with the first one."
Halford head coach Pedro Almeida, speaking through an interpreter, said the red card had "changed everything" and questioned whether Mensah had made contact at all.
"With 11 men we win this game, I am sure of it," the Portuguese said. "But I have to look at my players too. After the red card we were nervous, we stopped passing."
Mensah apologised on social media on Saturday evening, writing that he had "let the lads and the fans down".
Eastbridge, who were 14th in September, have now won six league games in a row. Asked whether they could stay top, Sandford laughed. "Ask me in May," he said. "Right now I'm going to enjoy my tea."
Player of the match: Chidi Okonkwo
Line-ups
Match stats
Match ends, Eastbridge United 3, Halford City 2.
Second Half ends, Eastbridge United 3, Halford City 2.
Get Football news sent straight to your phone
Around the BBC""",
    [
        ("second best by a mile", "Mark Sandford", "Mark Sandford", "admitted"),
        (
            "I told them at half-time that if we played like that for another 45 minutes, I'd be embarrassed to walk back down the tunnel,",
            "Mark Sandford",
            "Sandford",
            "said",
        ),
        ("To their credit, they listened.", "Mark Sandford", "Sandford", "said"),
        (
            "The gaffer just said to me, 'Run at them and see what happens,'",
            "Ryan Teale",
            "the teenager",
            ("teenager said", "said"),
        ),
        ("So I ran at them.", "Ryan Teale", "the teenager", ("teenager said", "said")),
        (
            "It's the best feeling in football, scoring in front of that end,",
            "Chidi Okonkwo",
            "the 24-year-old",
            ("said the 24", "said"),
        ),
        (
            "I've been waiting for a goal like that since I was a kid in the stand.",
            "Chidi Okonkwo",
            "the 24-year-old",
            ("said the 24", "said"),
        ),
        (
            "We gave them two gifts and you can't do that at this level,",
            "Anders Holm",
            "the Dane",
            ("said the Dane", "said"),
        ),
        (
            "Some of that is on me. I have to be better with the first one.",
            "Anders Holm",
            "the Dane",
            ("said the Dane", "said"),
        ),
        ("changed everything", "Pedro Almeida", "Pedro Almeida", ("interpreter, said", "said")),
        (
            "With 11 men we win this game, I am sure of it,",
            "Pedro Almeida",
            "the Portuguese",
            ("Portuguese said", "said"),
        ),
        (
            "But I have to look at my players too. After the red card we were nervous, we stopped passing.",
            "Pedro Almeida",
            "the Portuguese",
            ("Portuguese said", "said"),
        ),
        ("let the lads and the fans down", "Jordan Mensah", "Mensah", "writing"),
        ("Ask me in May,", "Mark Sandford", ('he said. "Right', "he"), ('he said. "Right', "said")),
        (
            "Right now I'm going to enjoy my tea.",
            "Mark Sandford",
            ('he said. "Right', "he"),
            ('he said. "Right', "said"),
        ),
    ],
    ["Okonkwo's On Fire"],
)

article(
    "blind4-en07",
    "en",
    """Short walks after meals may cut diabetes risk, Nordic study finds

Anjali Mehta
Health reporter
Published Nov. 17, 2025 at 6:00 a.m. EST

A brisk 15-minute walk after dinner was enough to see a benefit, researchers say. (iStock)

People who take a short walk after their evening meal may lower their risk of developing type 2 diabetes by nearly a fifth, according to a study of more than 80,000 adults published Monday.
The research, which followed participants in Norway and Finland for an average of 11 years, found that those who walked for at least 15 minutes after dinner on most days were 18 percent less likely to be diagnosed with the disease than those who did not, even after accounting for their overall exercise, diet and weight.
“It’s a remarkably cheap intervention,” says Ingrid Solberg, an epidemiologist at the University of Bergen and the study’s lead author. “You don’t need a gym, you don’t need special shoes. Ten or fifteen minutes after you eat is enough to see an effect.”
The timing appears to matter, the researcher says. Working muscles draw glucose out of the bloodstream, blunting the spike in blood sugar that follows a meal. Walking at other times of day showed a smaller benefit, according to Solberg, “but still a real one.”
The paper, titled “Postprandial Walking and Incident Type 2 Diabetes in Two Nordic Cohorts,” appears in the Journal of Metabolic Epidemiology.
Advertisement
Outside experts urge some caution. Marcus Feld, an endocrinologist at Johns Hopkins Medicine who was not involved in the study, notes that people who walk after dinner may differ from their neighbors in other ways.
“These are observational data. People who build a walk into their evening probably also go to bed earlier, snack less and drink less,” he says. “I’d love to see a randomized trial.”
Still, Dr. Feld says he already tells his patients to move after meals. “There’s essentially no downside,” the Baltimore physician says.
The U.S. Centers for Disease Control and Prevention estimates that more than 38 million Americans have diabetes, and about 1 in 3 adults has prediabetes. In a statement, the agency said the findings were “consistent with existing guidance” that adults get at least 150 minutes of moderate activity a week.
For Dolores Vega, 63, of Tucson, Arizona, the advice came from her granddaughter rather than a doctor. Vega, who was told she had prediabetes last year, has walked her block after dinner every evening since March.
“My numbers came down. My doctor asked what I was doing differently,” she says. “I told him, ‘I walk the dog now.’”
Solberg says the team now hopes to run a trial that assigns people to walk at different times and for different lengths. “We want to know whether five minutes is enough, or whether it really has to be fifteen,” she says.
Asked what she does herself, the Norwegian researcher laughs. “I walk after lunch. Dinner is for my children’s homework.”
Sign up for our Healthy Living newsletter
Comments""",
    [
        ("It’s a remarkably cheap intervention,", "Ingrid Solberg", "Ingrid Solberg", "says"),
        (
            "You don’t need a gym, you don’t need special shoes. Ten or fifteen minutes after you eat is enough to see an effect.",
            "Ingrid Solberg",
            "Ingrid Solberg",
            "says",
        ),
        (
            "but still a real one.",
            "Ingrid Solberg",
            ("according to Solberg", "Solberg"),
            "according to",
        ),
        (
            "These are observational data. People who build a walk into their evening probably also go to bed earlier, snack less and drink less,",
            "Marcus Feld",
            ("he says. “I’d", "he"),
            ("he says. “I’d", "says"),
        ),
        (
            "I’d love to see a randomized trial.",
            "Marcus Feld",
            ("he says. “I’d", "he"),
            ("he says. “I’d", "says"),
        ),
        (
            "There’s essentially no downside,",
            "Marcus Feld",
            "the Baltimore physician",
            ("physician says", "says"),
        ),
        (
            "consistent with existing guidance",
            "U.S. Centers for Disease Control and Prevention",
            "the agency",
            ("agency said", "said"),
        ),
        (
            "My numbers came down. My doctor asked what I was doing differently,",
            "Dolores Vega",
            ("she says. “I told", "she"),
            ("she says. “I told", "says"),
        ),
        (
            "I told him, ‘I walk the dog now.’",
            "Dolores Vega",
            ("she says. “I told", "she"),
            ("she says. “I told", "says"),
        ),
        (
            "We want to know whether five minutes is enough, or whether it really has to be fifteen,",
            "Ingrid Solberg",
            ("she says.\nAsked", "she"),
            ("she says.\nAsked", "says"),
        ),
        (
            "I walk after lunch. Dinner is for my children’s homework.",
            "Ingrid Solberg",
            "the Norwegian researcher",
            None,
        ),
    ],
    ["Postprandial Walking and Incident Type 2 Diabetes in Two Nordic Cohorts,"],
)

article(
    "blind4-en08",
    "en",
    """Lumora Shares Sink 18% as Chipmaker Warns AI Customers Are Pulling Back

Company to cut 1,200 jobs; CEO says demand will recover next year

By Kevin Tran and Sofia Lindqvist
Updated Nov. 21, 2025 5:48 pm ET

Listen (4 min)

Shares of Lumora Semiconductor plunged 18% on Friday, their steepest fall since the company went public in 2017, after the chipmaker cut its revenue forecast and said large cloud customers were delaying orders for its artificial-intelligence accelerators.
The San Jose, Calif.-based company now expects fourth-quarter revenue of $3.1 billion to $3.3 billion, down from a previous forecast of about $3.9 billion. Lumora also said it would cut about 1,200 jobs, or roughly 9% of its workforce, to “right-size our operating expenses for the current environment.”
“We’re seeing customers digest the capacity they bought over the last 18 months,” Chief Executive Rajiv Castellano said on a call with analysts late Thursday. “That’s a pause, not a reversal.”
Castellano, who co-founded Lumora after a decade at Intel, said orders for the company’s next-generation “Helix 4” accelerator remained strong and that the chip would ship on schedule in March.
“Demand for Helix 4 has never been the issue,” the CEO said. “Timing has been the issue, and power. Our customers can’t plug these things in fast enough.”
Analysts were unconvinced. “This is the first real crack in the AI infrastructure story, and investors are going to ask who’s next,” said Tomás Reyes, a semiconductor analyst at Halverson Securities, who cut his rating on the stock to “neutral” from “buy.”
Meredith Oyelaran of Crestline Capital wrote in a note to clients that the guidance cut was “worse than the bears feared,” but that the job cuts showed management was “finally taking costs seriously.”
ADVERTISEMENT
One of Lumora’s three largest customers has paused a planned data-center expansion in Texas, according to a person familiar with the matter, who said the delay was “about electricity, not about chips” and could be reversed within two quarters.
Chief Financial Officer Erin Walsh told analysts the company would protect its margins rather than discount its way through the slowdown. “We are not going to chase revenue with price cuts,” she said. “That is a game with no winners.”
Castellano said he had personally bought $2 million of Lumora stock on Friday morning. “I’m a buyer at these prices,” he told CNBC. “I would say the same thing to any long-term shareholder.”
A Lumora spokeswoman declined to say which divisions would be affected by the layoffs, but said the company would offer “generous severance and extended health coverage” to departing employees.
Rival chipmakers also fell. Shares of Corvane Systems dropped 6%, and an index of semiconductor stocks lost 3.4%. A Corvane spokesman said the company did not comment on competitors.
Lumora will report its full fourth-quarter results on Feb. 4.
Write to Kevin Tran at kevin.tran@courierjournal.example and Sofia Lindqvist at sofia.lindqvist@courierjournal.example
Appeared in the November 22, 2025, print edition as 'Chipmaker Lumora Sinks on Weak Outlook'.""",
    [
        (
            "right-size our operating expenses for the current environment.",
            "Lumora Semiconductor",
            "Lumora",
            ("Lumora also said", "said"),
        ),
        (
            "We’re seeing customers digest the capacity they bought over the last 18 months,",
            "Rajiv Castellano",
            "Chief Executive Rajiv Castellano",
            "said",
        ),
        (
            "That’s a pause, not a reversal.",
            "Rajiv Castellano",
            "Chief Executive Rajiv Castellano",
            "said",
        ),
        (
            "Demand for Helix 4 has never been the issue,",
            "Rajiv Castellano",
            "the CEO",
            ("CEO said", "said"),
        ),
        (
            "Timing has been the issue, and power. Our customers can’t plug these things in fast enough.",
            "Rajiv Castellano",
            "the CEO",
            ("CEO said", "said"),
        ),
        (
            "This is the first real crack in the AI infrastructure story, and investors are going to ask who’s next,",
            "Tomás Reyes",
            "Tomás Reyes",
            "said",
        ),
        ("worse than the bears feared,", "Meredith Oyelaran", "Meredith Oyelaran", "wrote"),
        ("finally taking costs seriously.", "Meredith Oyelaran", "Meredith Oyelaran", "wrote"),
        (
            "about electricity, not about chips",
            "person",
            "a person familiar with the matter",
            ("who said", "said"),
        ),
        (
            "We are not going to chase revenue with price cuts,",
            "Erin Walsh",
            ("she said", "she"),
            ("she said", "said"),
        ),
        (
            "That is a game with no winners.",
            "Erin Walsh",
            ("she said", "she"),
            ("she said", "said"),
        ),
        ("I’m a buyer at these prices,", "Rajiv Castellano", ("he told CNBC", "he"), "told"),
        (
            "I would say the same thing to any long-term shareholder.",
            "Rajiv Castellano",
            ("he told CNBC", "he"),
            "told",
        ),
        (
            "generous severance and extended health coverage",
            "Lumora Semiconductor",
            "A Lumora spokeswoman",
            ("but said", "said"),
        ),
    ],
    ["Helix 4", "neutral", "buy.", "Chipmaker Lumora Sinks on Weak Outlook"],
)

article(
    "blind4-en09",
    "en",
    """After 41 years on the night bus, ‘Miss G’ takes her last ride

Gloria Benitez drove Route 5 through the small hours for four decades. Her riders were waiting for her at the end.

By Tom Halvorsen
Star Courier
Nov. 23, 2025

Share on Facebook Share on X Email

Gloria Benitez hugs a rider at the Heywood garage on her last morning. (Leah Okonjo / Star Courier)

MINNEAPOLIS — At 4:52 a.m. on a Friday in November, Gloria Benitez pulled bus No. 1187 into the Heywood garage for the last time, set the parking brake and started to cry.
Waiting for her were about 30 people, most of them regulars from the overnight Route 5, holding balloons, a sheet cake and a hand-painted banner that read “Thank You Miss G.”
“I told her she couldn’t leave without us saying goodbye properly,” said Darnell Whitaker, 46, a hospital custodian who has ridden her bus to work for 17 years. “She knows my kids’ names. She knows when I’ve had a bad week before I even sit down.”
Benitez, 67, joined Metro Transit at 26, after her husband was laid off from a flour mill and the family needed a second paycheck. Over coffee in the drivers’ break room the week before she retired, she described those first winters:
“I started in ’84, when the buses still had ashtrays bolted to the seats and the heaters only worked on half of them. My supervisor gave me the route nobody wanted, and I think he expected me to quit by spring.
“People think the night route is dangerous, and sometimes it was. But mostly it was nurses and bakers and janitors, and kids coming home from their first jobs. They were the ones keeping this city running while everybody else slept. I figured the least I could do was get them there warm and on time.
“I’ll miss them. I’ll miss the quiet, too, that hour before the sun comes up when the whole city belongs to you and a bus full of people who are too tired to pretend. I honestly don’t know what I’m going to do with those hours now.”
Her daughter, Marisol Benitez-Cruz, said her mother had missed “more Christmas mornings than I can count” but never once complained about it.
“She’d come in the door at six, make us pancakes and go to bed,” Benitez-Cruz said. “We thought every family did that.”
A Metro Transit spokesperson said Benitez had logged more than 1.2 million miles without a preventable accident, “a record we don’t think anyone in the agency has matched.”
Advertisement
Riders tell stories of her stopping between stops in snowstorms, and of the time in 1997 she waited 10 minutes for a nursing student who was running late for an exam. The student, Angela Duffy, is now a nurse manager at Hennepin Healthcare. Reached by phone, Duffy said: “She honked at me the whole way down the block. I passed that exam. I still think of it as partly hers.”
Benitez says retirement will mean more time with her five grandchildren and, she hopes, a trip to see her sister in Monterrey. Does she expect to sleep through the night now?
“Maybe,” she said, laughing. “Although after 41 years, I doubt my body knows how.”
This story is part of “Hometown,” a Star Courier series about the people who keep the Twin Cities running.""",
    [
        (
            "I told her she couldn’t leave without us saying goodbye properly,",
            "Darnell Whitaker",
            "Darnell Whitaker",
            "said",
        ),
        (
            "She knows my kids’ names. She knows when I’ve had a bad week before I even sit down.",
            "Darnell Whitaker",
            "Darnell Whitaker",
            "said",
        ),
        (
            "I started in ’84, when the buses still had ashtrays bolted to the seats and the heaters only worked on half of them. My supervisor gave me the route nobody wanted, and I think he expected me to quit by spring.",
            "Gloria Benitez",
            ("she described", "she"),
            "described",
        ),
        (
            "People think the night route is dangerous, and sometimes it was. But mostly it was nurses and bakers and janitors, and kids coming home from their first jobs. They were the ones keeping this city running while everybody else slept. I figured the least I could do was get them there warm and on time.",
            "Gloria Benitez",
            ("she described", "she"),
            "described",
        ),
        (
            "I’ll miss them. I’ll miss the quiet, too, that hour before the sun comes up when the whole city belongs to you and a bus full of people who are too tired to pretend. I honestly don’t know what I’m going to do with those hours now.",
            "Gloria Benitez",
            ("she described", "she"),
            "described",
        ),
        (
            "more Christmas mornings than I can count",
            "Marisol Benitez-Cruz",
            "Marisol Benitez-Cruz",
            "said",
        ),
        (
            "She’d come in the door at six, make us pancakes and go to bed,",
            "Marisol Benitez-Cruz",
            ("Benitez-Cruz said", "Benitez-Cruz"),
            ("Benitez-Cruz said", "said"),
        ),
        (
            "We thought every family did that.",
            "Marisol Benitez-Cruz",
            ("Benitez-Cruz said", "Benitez-Cruz"),
            ("Benitez-Cruz said", "said"),
        ),
        (
            "a record we don’t think anyone in the agency has matched.",
            "Metro Transit",
            "A Metro Transit spokesperson",
            ("spokesperson said", "said"),
        ),
        (
            "She honked at me the whole way down the block. I passed that exam. I still think of it as partly hers.",
            "Angela Duffy",
            ("Duffy said", "Duffy"),
            ("Duffy said", "said"),
        ),
        ("Maybe,", "Gloria Benitez", ("she said, laughing", "she"), ("she said, laughing", "said")),
        (
            "Although after 41 years, I doubt my body knows how.",
            "Gloria Benitez",
            ("she said, laughing", "she"),
            ("she said, laughing", "said"),
        ),
    ],
    ["Miss G", "Thank You Miss G.", "Hometown,"],
)

article(
    "blind4-en10",
    "en",
    """Landslide buries village in western Nepal, killing at least 23 as dozens remain missing

By PRAKASH THAPA and NAOMI REEVES
Updated 3:27 AM GMT, September 9, 2025

KATHMANDU, Nepal (AP) — A landslide triggered by days of monsoon rain buried much of a mountain village in western Nepal before dawn on Tuesday, killing at least 23 people and leaving dozens missing, officials said.
Rescuers dug through mud and boulders with shovels and their bare hands in Lamagaun, a village of about 400 people in Dharkot district, roughly 350 kilometers (220 miles) west of the capital. Heavy machinery could not reach the area because the only road had been washed away.
“We have recovered 23 bodies so far, and I am afraid the number will rise,” said Bishnu Adhikari, the chief district officer. “Our teams are working without rest, but the ground is still moving.”
Home Ministry spokesperson Ramesh Khanal told reporters in Kathmandu that 41 people remained unaccounted for and that two army helicopters were on standby. “Weather permitting, we will evacuate the injured this afternoon,” Khanal said.
Survivors described a roar that woke them in the dark. “It sounded like an airplane was falling on us,” said Sita Gurung, 45, speaking in Nepali by phone from a school where about 150 survivors were sheltering. “When I went outside, the houses below ours were gone. My brother’s house was gone.”
She said she had not heard from her brother, his wife or their three children since the slide.
Another villager, Dil Bahadur Rana, 70, told the local station Radio Bheri FM that he had felt the ground “shake like a buffalo shaking off water” moments before the hillside gave way. “I have lived here my whole life,” he said. “I have never seen the mountain come down like this.”
A police officer at the site, who asked not to be named because he was not authorized to speak to the media, said: “We are pulling out people we know are dead. We are still hoping for one more alive.”
The Office of the Prime Minister said in a statement that the government would give 200,000 rupees (about $1,450) to the family of each victim. “No family will be left to face this alone,” it said.
The Nepal Red Cross Society said its volunteers had distributed tarpaulins and hygiene kits, but warned that “the immediate needs are shelter, clean water and blankets, and the next rain could cut the area off completely.”
Geologists have long warned that unplanned road building is destabilizing Nepal’s hills. “The slopes are being cut for roads with no drainage at all, and then the monsoon does the rest,” said Mira Shrestha, a geologist at Tribhuvan University. “We see the same pattern in almost every one of these disasters.”
The village had been listed in 2021 for relocation under the government’s “Safe Settlement” program, according to district records, but the move was never funded.
Monsoon rains kill hundreds of people in Nepal each year, most of them in landslides and flash floods between June and September.
___
Reeves reported from New Delhi.""",
    [
        (
            "We have recovered 23 bodies so far, and I am afraid the number will rise,",
            "Bishnu Adhikari",
            "Bishnu Adhikari",
            "said",
        ),
        (
            "Our teams are working without rest, but the ground is still moving.",
            "Bishnu Adhikari",
            "Bishnu Adhikari",
            "said",
        ),
        (
            "Weather permitting, we will evacuate the injured this afternoon,",
            "Ramesh Khanal",
            ("Khanal said", "Khanal"),
            ("Khanal said", "said"),
        ),
        ("It sounded like an airplane was falling on us,", "Sita Gurung", "Sita Gurung", "said"),
        (
            "When I went outside, the houses below ours were gone. My brother’s house was gone.",
            "Sita Gurung",
            "Sita Gurung",
            "said",
        ),
        ("shake like a buffalo shaking off water", "Dil Bahadur Rana", "Dil Bahadur Rana", "told"),
        (
            "I have lived here my whole life,",
            "Dil Bahadur Rana",
            ("he said", "he"),
            ("he said", "said"),
        ),
        (
            "I have never seen the mountain come down like this.",
            "Dil Bahadur Rana",
            ("he said", "he"),
            ("he said", "said"),
        ),
        (
            "We are pulling out people we know are dead. We are still hoping for one more alive.",
            "officer",
            "A police officer",
            ("media, said", "said"),
        ),
        (
            "No family will be left to face this alone,",
            "Office of the Prime Minister",
            ("it said", "it"),
            ("it said", "said"),
        ),
        (
            "the immediate needs are shelter, clean water and blankets, and the next rain could cut the area off completely.",
            "Nepal Red Cross Society",
            "The Nepal Red Cross Society",
            "warned",
        ),
        (
            "The slopes are being cut for roads with no drainage at all, and then the monsoon does the rest,",
            "Mira Shrestha",
            "Mira Shrestha",
            "said",
        ),
        (
            "We see the same pattern in almost every one of these disasters.",
            "Mira Shrestha",
            "Mira Shrestha",
            "said",
        ),
    ],
    ["Safe Settlement"],
)


def main() -> None:
    SET.write(Path(__file__).with_name("blind4_en.jsonl"), WORDS_RANGE)


if __name__ == "__main__":
    main()
