# ruff: noqa: E501, RUF001
# Prose articles with typographic quotation marks: the long lines and the marks are the data.
"""Builds blind46_en.jsonl: a forty-sixth blind English quotation set (written for depeche, CC0).
Written from scratch by a helper who never read the quotes code, so that its score is an honest,
blind estimate of how ``depeche.quotes`` does on English news text nobody tuned it on. Every
story, person, place and organisation is invented (real countries, regions, cities and a few
public bodies aside). Beats and outlets imitated: a ferry operator halving winter sailings to an
island (Cape Breton Post: a headline quote in curly single marks with no cue, a terminal notice
that "told" passengers, "Rankin said Tuesday", an interrupted question with "he asked", a
company's emailed statement named later as "the company", an MLA's quote with a nested single
quote, an uncued follow-on paragraph, a Facebook group in marks), fishers locked out by a resort
gate (Jamaica Observer: a dek partial quote with "developer says", patois quotes, a nickname
inside a name, an unnamed fisherman known by first name, a company release that "said", a
cooperative chairman, an authority by its initials, an interrupted quote with "Dr Lindo said", a
sign in marks), a shearing-shed levy (Lesotho Times: a circular that "says" with two partial
quotes, Sesotho honorifics 'Mamosa and Ntate, a managing director named later as "Mr Mokoena",
a ministry spokesperson over two paragraphs, an affair's nickname in marks), a school blazer rule
(South Wales Argus: straight double marks, a headline partial quote with "parents say", a dek
repeated as the first paragraph, a headteacher's letter that "adds", an unnamed neighbour,
Welsh Government guidance that "tells", an interrupted quote with "he said,", a swap shop name in
marks), creel fishermen and harbour dues (The Oban Times: curly single marks, a headline quote
with no cue, an uncued follow-on paragraph, a trust statement, "He said:" before a long quote
after a "Read more" line, a federation, a petition and a bothy nickname in marks), school buses
running late (WRAL: straight marks, a headline quote of "parents say", an emailed answer with
"Oates wrote", a district memo that "tells", an interrupted quote, a board member, a term and a
campaign in marks), minibus owners threatening to park (Barbados Today: a nickname inside a
name, "Bascombe told reporters", a question with "he asked", "Bascombe said simply:", an
Authority statement, a minister's quote over two paragraphs, a partial quote after "saying", an
unnamed nurse, a vendor quoted with no cue word after a "said" clause, an association that
"urged") and a dispensing hub's delays (The Pharmaceutical Journal: a key-points bullet partial
quote with "The hub operator says", an anonymous pharmacist, a committee letter that "says", a
company spokesperson, a nested single quote, a care board spokesperson, a model name in marks in
the headline and body). Titles, names, terms, nicknames, signs and slogans in marks are listed as
non-quotes. Gold conventions are those of build_dev.py.

Do not tune the extractor on this file: it measures, it does not teach. Run
``python tests/data/quotes/build_blind46_en.py`` after editing.
Bodies are named by their full name, also when the text gives a short one in brackets.
"""

from __future__ import annotations

from pathlib import Path

from build_dev import ArticleSet

SET = ArticleSet()
article = SET.article
WORDS_RANGE = (300, 650)


article(
    "blind46-en01",
    "en",
    """‘We are an island, not an afterthought’: Cape Breton mayor slams ferry cut

Published Nov. 18, 2026 at 6:12 p.m.
Updated Nov. 19, 2026 at 9:40 a.m.

By Fiona MacIsaac
Cape Breton Post

The MV Ceilidh Star leaves the wharf at Port Lachlan on Tuesday. (Fiona MacIsaac/Cape Breton Post)

PORT LACHLAN, N.S. — Islanders who rely on the only year-round ferry to Caraig Island say a plan to cut winter sailings from four a day to two will leave seniors stranded and make it nearly impossible to hold a job on the mainland.
Northshore Marine Services, which operates the crossing under contract with the province, told passengers in a notice posted at the terminal on Monday that the reduced schedule would take effect Jan. 6 because of “persistent crew shortages and rising fuel costs.”
Mayor Colleen Rankin of the Municipality of Caraig said she learned about the change from a resident’s photograph of that notice.
“We are an island, not an afterthought,” Rankin said Tuesday. “Nobody picked up a phone. Nobody asked what two sailings a day does to a nurse who works a 12-hour shift in Sydney.”
She said council would write to the minister this week.
RELATED: Province promises review of rural ferry contracts
Angus Beaton, 78, takes the ferry twice a month for dialysis appointments. With the new schedule, he said, the last boat home would leave before his treatment ends.
“So what do I do,” he asked, “sleep in the car at the terminal in January?”
His daughter, Shauna Beaton, called the decision “cruel, plain and simple.”
In an emailed statement, Northshore Marine said it had “exhausted every option” before trimming the schedule and was recruiting deckhands and engineers “aggressively.”
“Safety comes first,” the company said. “We will not sail a vessel without a full certified crew, and this winter we simply do not have one.”
The province’s Department of Public Works said it was “aware of the concerns” and officials were meeting with the operator. A spokesperson would not say whether the contract required a minimum number of sailings.
Local MLA Derek Chiasson said he had read the contract, and it did.
“It says four round trips a day from October to May. It doesn’t say ‘four round trips unless it gets hard,’” Chiasson said.
Residents have started a Facebook group called “Keep Caraig Connected” and plan a rally at the terminal on Saturday.
Rankin said the island’s population of about 1,100 had been growing for the first time in decades.
“Young families are moving here because the ferry made it possible,” she said.
“Take the ferry away and you take that away too.”

Report a typo or error
Share this article
Facebook Twitter Email""",
    [
        ("We are an island, not an afterthought", "Colleen Rankin", None, None),
        (
            "persistent crew shortages and rising fuel costs.",
            "Northshore Marine Services",
            "Northshore Marine Services",
            "told",
        ),
        (
            "We are an island, not an afterthought,",
            "Colleen Rankin",
            ("Rankin said Tuesday", "Rankin"),
            ("Rankin said Tuesday", "said"),
        ),
        (
            "Nobody picked up a phone. Nobody asked what two sailings a day does to a nurse who works a 12-hour shift in Sydney.",
            "Colleen Rankin",
            ("Rankin said Tuesday", "Rankin"),
            ("Rankin said Tuesday", "said"),
        ),
        ("So what do I do,", "Angus Beaton", ("he asked", "he"), "asked"),
        (
            "sleep in the car at the terminal in January?",
            "Angus Beaton",
            ("he asked", "he"),
            "asked",
        ),
        ("cruel, plain and simple.", "Shauna Beaton", "Shauna Beaton", "called"),
        (
            "exhausted every option",
            "Northshore Marine Services",
            ("Northshore Marine said", "Northshore Marine"),
            ("Northshore Marine said", "said"),
        ),
        (
            "aggressively.",
            "Northshore Marine Services",
            ("Northshore Marine said", "Northshore Marine"),
            ("Northshore Marine said", "said"),
        ),
        (
            "Safety comes first,",
            "Northshore Marine Services",
            "the company",
            ("the company said", "said"),
        ),
        (
            "We will not sail a vessel without a full certified crew, and this winter we simply do not have one.",
            "Northshore Marine Services",
            "the company",
            ("the company said", "said"),
        ),
        (
            "aware of the concerns",
            "Department of Public Works",
            "Department of Public Works",
            ("said it was", "said"),
        ),
        (
            "It says four round trips a day from October to May. It doesn’t say ‘four round trips unless it gets hard,’",
            "Derek Chiasson",
            ("Chiasson said.", "Chiasson"),
            ("Chiasson said.", "said"),
        ),
        (
            "Young families are moving here because the ferry made it possible,",
            "Colleen Rankin",
            ("she said", "she"),
            ("she said", "said"),
        ),
        ("Take the ferry away and you take that away too.", "Colleen Rankin", None, None),
    ],
    ["Keep Caraig Connected"],
)

article(
    "blind46-en02",
    "en",
    """Fishers locked out

Hellshire-area beach gate angers fishing village; developer says access ‘temporary’

BY TAMARA WHYTE
Observer staff reporter
whytet@jamaicaobserver.com

Sunday, November 22, 2026

ST CATHERINE, Jamaica — Fishers at Gully Bay say a steel gate erected across the only road to their landing site has cost them a week of catches, and they are accusing the developer of a planned resort of trying to push them off a beach their families have used for generations.
The gate, which went up last Monday, carries a sign reading “Private Property — No Entry Without Pass”. Fishers say they were told they would be issued passes, but none had been handed out up to Friday.
“Mi cyaan reach mi boat. Mi cyaan reach mi engine. How mi fi feed mi pickney?” said Delroy “Bigga” Samuels, who has fished from Gully Bay for 31 years.
Another fisherman, who gave his name only as Marlon, said the men had been carrying fuel and nets more than a mile through bush to get around the gate.
“Is not fair,” he told the Jamaica Observer. “We not against development. We just want to work.”
Coral Sands Holdings Limited, which is building the 240-room Azure Reef resort on the neighbouring property, said in a release on Thursday that the gate was a “temporary safety measure” while heavy equipment moved along the road.
“The company has always respected and will continue to respect the rights of the Gully Bay fishing community,” the release said, adding that passes would be distributed “within days”.
The company’s community liaison officer, Andrea Campbell-Reid, told the Sunday Observer that 26 passes had been prepared.
“We are simply waiting on the fishers’ cooperative to confirm the list of names,” she said. “As soon as we have that, the gate is open to them.”
But the chairman of the Gully Bay Fishermen’s Cooperative, Winston Palmer, disputed that account.
“They never ask us for any list,” Palmer said. “First we hearing ’bout list is from the newspaper.”
Palmer said the cooperative had written to the National Fisheries Authority (NFA) and the Member of Parliament for the area.
In a brief response, the NFA said it had “dispatched officers to assess the situation” and that the landing site was a registered fishing beach under the Fisheries Act.
Member of Parliament Dr Keisha Lindo said she had spoken to the developer and expected the matter to be resolved “before next weekend”.
“Development must not come at the expense of the people who were here first,” Dr Lindo said, “and I have made that very clear.”
Fishers say they intend to block the road on Monday morning if the gate remains locked.
“We done talk,” Samuels said.

ALSO READ: Rough seas keep Pedro Cays fishers ashore

Share this:
Facebook WhatsApp X Email""",
    [
        ("temporary", "Coral Sands Holdings Limited", "developer", "says"),
        (
            "Mi cyaan reach mi boat. Mi cyaan reach mi engine. How mi fi feed mi pickney?",
            "Delroy Samuels",
            "Delroy “Bigga” Samuels",
            "said",
        ),
        ("Is not fair,", "Marlon", ("he told", "he"), "told"),
        ("We not against development. We just want to work.", "Marlon", ("he told", "he"), "told"),
        (
            "temporary safety measure",
            "Coral Sands Holdings Limited",
            "Coral Sands Holdings Limited",
            "said",
        ),
        (
            "The company has always respected and will continue to respect the rights of the Gully Bay fishing community,",
            "Coral Sands Holdings Limited",
            "the release",
            ("the release said", "said"),
        ),
        (
            "within days",
            "Coral Sands Holdings Limited",
            "the release",
            ("the release said", "said"),
        ),
        (
            "We are simply waiting on the fishers’ cooperative to confirm the list of names,",
            "Andrea Campbell-Reid",
            ("she said", "she"),
            ("she said", "said"),
        ),
        (
            "As soon as we have that, the gate is open to them.",
            "Andrea Campbell-Reid",
            ("she said", "she"),
            ("she said", "said"),
        ),
        (
            "They never ask us for any list,",
            "Winston Palmer",
            ("Palmer said.", "Palmer"),
            ("Palmer said.", "said"),
        ),
        (
            "First we hearing ’bout list is from the newspaper.",
            "Winston Palmer",
            ("Palmer said.", "Palmer"),
            ("Palmer said.", "said"),
        ),
        (
            "dispatched officers to assess the situation",
            "National Fisheries Authority",
            "the NFA",
            ("the NFA said", "said"),
        ),
        ("before next weekend", "Keisha Lindo", "Member of Parliament Dr Keisha Lindo", "said"),
        (
            "Development must not come at the expense of the people who were here first,",
            "Keisha Lindo",
            ("Dr Lindo said", "Dr Lindo"),
            ("Dr Lindo said", "said"),
        ),
        (
            "and I have made that very clear.",
            "Keisha Lindo",
            ("Dr Lindo said", "Dr Lindo"),
            ("Dr Lindo said", "said"),
        ),
        ("We done talk,", "Delroy Samuels", ("Samuels said", "Samuels"), ("Samuels said", "said")),
    ],
    ["Private Property — No Entry Without Pass", "Bigga"],
)

article(
    "blind46-en03",
    "en",
    """Wool farmers cry foul over shearing shed levy

By Mohau Letsie

November 19, 2026

MASERU – Wool and mohair farmers in the Mokhotlong district say a new M15-per-animal levy imposed by the company that runs the Ha Sekhobe shearing shed will wipe out what little profit they make this season.
The levy, announced in a circular dated 3 November, is to be charged on every sheep and goat brought to the shed, on top of the existing shearing fee.
The circular, signed by Highland Fibre Services (Pty) Ltd managing director Teboho Mokoena, says the money is needed for “urgent repairs to the roof, the wool press and the classing tables” and that farmers “will see the benefit in higher grades and better prices”.
But farmers who spoke to the Lesotho Times this week were not convinced.
“They want us to fix their shed with our own sheep,” said ’Mamosa Ntsane, who brought 140 sheep to the shed last season. “Where was this money when the roof was leaking for five years?”
Another farmer, Ntate Lebohang Sefali, said many herders in the area owned fewer than 50 animals and could not absorb the extra cost.
“For a small farmer this is the difference between buying maize for the winter and not buying it,” Ntate Sefali said.
The chairperson of the Ha Sekhobe Wool and Mohair Growers Association, Puleng Makara, said the association had not been consulted.
“We read about it on the wall of the shed like everybody else,” she said.
She added that the association had asked the Ministry of Small Business Development, Cooperatives and Marketing to intervene.
Contacted for comment, Mr Mokoena defended the levy.
“The shed is 40 years old. If we do nothing, there will be no shed next year, and then the farmers will have to walk their animals to Thaba-Tseka,” he said.
He said the levy would be reviewed after one season and that farmers with fewer than 20 animals would pay half.
Ministry spokesperson Thabo Ralebitso said officials would meet both parties next week.
“Government’s position is that any new charge must be agreed with the farmers,” Mr Ralebitso said.
“We cannot have a situation where the farmer is the last to know.”
The dispute comes as the wool sector is still recovering from the 2019 marketing crisis, when farmers went unpaid for months under what came to be known as the “Mabalane affair”.

Related: Mohair prices firm at Port Elizabeth auction

Share this:
Facebook Twitter WhatsApp""",
    [
        (
            "urgent repairs to the roof, the wool press and the classing tables",
            "Teboho Mokoena",
            "The circular",
            "says",
        ),
        (
            "will see the benefit in higher grades and better prices",
            "Teboho Mokoena",
            "The circular",
            "says",
        ),
        (
            "They want us to fix their shed with our own sheep,",
            "’Mamosa Ntsane",
            "’Mamosa Ntsane",
            "said",
        ),
        (
            "Where was this money when the roof was leaking for five years?",
            "’Mamosa Ntsane",
            "’Mamosa Ntsane",
            "said",
        ),
        (
            "For a small farmer this is the difference between buying maize for the winter and not buying it,",
            "Lebohang Sefali",
            ("Ntate Sefali said", "Ntate Sefali"),
            ("Ntate Sefali said", "said"),
        ),
        (
            "We read about it on the wall of the shed like everybody else,",
            "Puleng Makara",
            ("she said", "she"),
            ("she said", "said"),
        ),
        (
            "The shed is 40 years old. If we do nothing, there will be no shed next year, and then the farmers will have to walk their animals to Thaba-Tseka,",
            "Teboho Mokoena",
            ("he said", "he"),
            ("he said", "said"),
        ),
        (
            "Government’s position is that any new charge must be agreed with the farmers,",
            "Thabo Ralebitso",
            "Mr Ralebitso",
            ("Mr Ralebitso said", "said"),
        ),
        (
            "We cannot have a situation where the farmer is the last to know.",
            "Thabo Ralebitso",
            None,
            None,
        ),
    ],
    ["Mabalane affair"],
)

article(
    "blind46-en04",
    "en",
    """Blazer rule 'pricing out' poorer families, parents say

PARENTS have accused a Newport secondary school of "pricing out" poorer families after telling parents that only a blazer bought from one approved supplier will be allowed from September.

By Rhys Pritchard
Senior reporter
@RhysPritchardSWA

Last updated: 20 November 2026

Pupils arriving at Glan Ebbw High School. Picture: Rhys Pritchard

PARENTS have accused a Newport secondary school of "pricing out" poorer families after telling parents that only a blazer bought from one approved supplier will be allowed from September.
In a letter sent home last week, the headteacher of Glan Ebbw High School, Mrs Carys Howells, said the new logo blazer, which costs £42, would "give every pupil a sense of belonging and pride".
The letter adds: "Pupils who do not have the approved blazer after the October half term will be spoken to by their head of year."
Mum-of-three Leanne Davies, from Pillgwenlly, said she would have to find more than £120 for blazers alone.
"I've already bought them plain black ones from the supermarket for eight quid each," she said. "They're perfectly smart. Now I'm being told they're not good enough."
Her neighbour, whose son is in Year 8, said: "It's the kids who'll get picked on. The ones in the wrong blazer will stick out a mile."
Welsh Government guidance, introduced in 2023, tells schools to keep branded items "to a minimum" and to make sure uniform is "affordable for all families".
Newport East MS Gareth Lloyd said he had written to the school and to Newport City Council.
"The guidance could not be clearer," Mr Lloyd said. "Schools should be cutting the cost of the school day, not adding to it."
READ MORE: Newport parents raise £3,000 for uniform swap shop
A spokesperson for Newport City Council said uniform policy was a matter for each school's governing body, but that the authority "would expect all schools to have regard to the statutory guidance".
In a statement to the Argus, the chair of governors, Alun Price, said the school was "listening carefully" to parents.
"No child will be sent home or sanctioned because of a blazer," he said, "and we will set up a hardship fund so that any family who cannot afford one gets one free."
Mr Price said the governors would review the policy at their meeting in January.
The swap shop run by volunteers at St Julian's Community Hall, known locally as "the Uniform Exchange", said it had been inundated with messages since the letter went out.
"We can take in second-hand blazers, but we can't take in ones that don't exist yet," said organiser Bethan Morgan.

Comments
Share
Facebook Twitter WhatsApp Email""",
    [
        ("pricing out", "parents", ("parents say", "parents"), ("parents say", "say")),
        ("pricing out", "parents", "PARENTS", "have accused"),
        ("pricing out", "parents", "PARENTS", "have accused"),
        (
            "give every pupil a sense of belonging and pride",
            "Carys Howells",
            "Mrs Carys Howells",
            "said",
        ),
        (
            "Pupils who do not have the approved blazer after the October half term will be spoken to by their head of year.",
            "Carys Howells",
            "The letter",
            "adds",
        ),
        (
            "I've already bought them plain black ones from the supermarket for eight quid each,",
            "Leanne Davies",
            ("she said", "she"),
            ("she said", "said"),
        ),
        (
            "They're perfectly smart. Now I'm being told they're not good enough.",
            "Leanne Davies",
            ("she said", "she"),
            ("she said", "said"),
        ),
        (
            "It's the kids who'll get picked on. The ones in the wrong blazer will stick out a mile.",
            "neighbour",
            "Her neighbour",
            "said",
        ),
        ("to a minimum", "Welsh Government", "Welsh Government guidance", "tells"),
        ("affordable for all families", "Welsh Government", "Welsh Government guidance", "tells"),
        (
            "The guidance could not be clearer,",
            "Gareth Lloyd",
            "Mr Lloyd",
            ("Mr Lloyd said", "said"),
        ),
        (
            "Schools should be cutting the cost of the school day, not adding to it.",
            "Gareth Lloyd",
            "Mr Lloyd",
            ("Mr Lloyd said", "said"),
        ),
        (
            "would expect all schools to have regard to the statutory guidance",
            "Newport City Council",
            "A spokesperson for Newport City Council",
            ("Newport City Council said", "said"),
        ),
        ("listening carefully", "Alun Price", "Alun Price", "said"),
        (
            "No child will be sent home or sanctioned because of a blazer,",
            "Alun Price",
            ("he said", "he"),
            ("he said", "said"),
        ),
        (
            "and we will set up a hardship fund so that any family who cannot afford one gets one free.",
            "Alun Price",
            ("he said", "he"),
            ("he said", "said"),
        ),
        (
            "We can take in second-hand blazers, but we can't take in ones that don't exist yet,",
            "Bethan Morgan",
            "organiser Bethan Morgan",
            "said",
        ),
    ],
    ["the Uniform Exchange"],
)

article(
    "blind46-en05",
    "en",
    """Creel fishermen ‘will walk away’ from Kilbride pier over new charges

By Iain MacColl
iain@obantimes.co.uk
Published: 12:05, 21 November 2026

Creel boats tied up at Kilbride pier. Photograph: Iain MacColl

Creel fishermen at Kilbride say they may abandon the village pier altogether after Argyll and Lorn Harbours Trust confirmed that landing charges will almost treble from April.
Under the trust’s new schedule of dues, a boat landing shellfish at the pier will pay £3.10 per box, up from £1.15, with a new annual berthing fee of £480 for vessels under ten metres.
Skipper Neil MacKinnon, who fishes two boats out of Kilbride with his son, said the increase would cost the family business more than £5,000 a year.
‘We’ve landed here for three generations,’ he said. ‘My grandfather helped pour the concrete for that slipway. Now we’re being asked to pay for the privilege of using it.’
He said several skippers were already looking at landing their catch at Ardnish, 14 miles up the coast, where charges are set by a community company.
‘If we all walk away, the trust gets nothing at all. I don’t know who that helps.’
In a statement, the trust said the pier had made a loss in each of the last six years and that the new dues reflected ‘the true cost of maintaining a working harbour in an exposed location’.
Trust chief executive Morag Lindsay told The Oban Times that £1.3 million of repairs to the pier head were needed within five years.
‘Nobody enjoys putting up charges,’ she said. ‘But the alternative is a pier that is closed on safety grounds, and then there is no harbour for anybody.’
Ms Lindsay said the trust would meet fishermen in Kilbride village hall on December 3 and was ‘open to a phased introduction’.
Argyll and Bute councillor Hamish Duncan, whose ward includes Kilbride, described the increase as ‘a hammer blow for a fragile industry’.
Read more
Oban lifeboat called out twice in one day
He said: ‘These are small operators on tight margins. The boats at Kilbride support maybe a dozen families, and the shop, and the school roll. You take the boats out of Kilbride, you take the heart out of it.’
The Scottish Creel Fishermen’s Federation said it had received calls from members across Lorn and was ‘deeply concerned’ that other trust ports could follow.
A local petition headed ‘Keep Kilbride Landing’ had gathered more than 700 signatures by Thursday.
Mr MacKinnon said he would attend the meeting but was not hopeful.
‘They’ll listen politely,’ he said, ‘and then they’ll do what they were always going to do.’
Meanwhile the pier’s old harbourmaster’s bothy – known to everyone in the village as ‘the Wee Office’ – is to be demolished as part of the works.

Share this article
Facebook Twitter Email Print""",
    [
        ("will walk away", "Neil MacKinnon", None, None),
        (
            "We’ve landed here for three generations,",
            "Neil MacKinnon",
            ("he said", "he"),
            ("he said", "said"),
        ),
        (
            "My grandfather helped pour the concrete for that slipway. Now we’re being asked to pay for the privilege of using it.",
            "Neil MacKinnon",
            ("he said", "he"),
            ("he said", "said"),
        ),
        (
            "If we all walk away, the trust gets nothing at all. I don’t know who that helps.",
            "Neil MacKinnon",
            None,
            None,
        ),
        (
            "the true cost of maintaining a working harbour in an exposed location",
            "Argyll and Lorn Harbours Trust",
            ("the trust said", "the trust"),
            ("the trust said", "said"),
        ),
        (
            "Nobody enjoys putting up charges,",
            "Morag Lindsay",
            ("she said", "she"),
            ("she said", "said"),
        ),
        (
            "But the alternative is a pier that is closed on safety grounds, and then there is no harbour for anybody.",
            "Morag Lindsay",
            ("she said", "she"),
            ("she said", "said"),
        ),
        ("open to a phased introduction", "Morag Lindsay", "Ms Lindsay", "said"),
        (
            "a hammer blow for a fragile industry",
            "Hamish Duncan",
            "Argyll and Bute councillor Hamish Duncan",
            "described",
        ),
        (
            "These are small operators on tight margins. The boats at Kilbride support maybe a dozen families, and the shop, and the school roll. You take the boats out of Kilbride, you take the heart out of it.",
            "Hamish Duncan",
            ("He said:", "He"),
            ("He said:", "said"),
        ),
        (
            "deeply concerned",
            "Scottish Creel Fishermen’s Federation",
            "The Scottish Creel Fishermen’s Federation",
            "said",
        ),
        ("They’ll listen politely,", "Neil MacKinnon", ("he said", "he"), ("he said", "said")),
        (
            "and then they’ll do what they were always going to do.",
            "Neil MacKinnon",
            ("he said", "he"),
            ("he said", "said"),
        ),
    ],
    ["Keep Kilbride Landing", "the Wee Office"],
)

article(
    "blind46-en06",
    "en",
    """'Kids are waiting in the dark': Harnett County parents say bus routes are running an hour late

Posted November 23, 2026 5:47 p.m. EST
Updated November 23, 2026 11:02 p.m. EST

By Jasmine Holloway, WRAL reporter

LILLINGTON, N.C. — Parents in rural Harnett County say their children are standing at bus stops in the dark for up to an hour because the school district is short more than 30 bus drivers.
At least 14 routes are being "doubled," meaning a driver finishes one route and then goes back out for a second, according to a district memo obtained by WRAL News.
Tanya Redding's 7-year-old son waits at the end of a gravel road off Old Buies Creek Road.
"He's out there at 6:10 in the morning, and some days that bus doesn't show until after 7," Redding said. "It's pitch black. There's no sidewalk. Trucks come flying down that road."
She said she has started driving him herself, which makes her late for her own shift.
"I'm not mad at the drivers," she said. "The drivers are doing everything they can. I'm mad that nobody saw this coming."
Watch: Parents describe long waits at rural bus stops
Harnett County Schools spokesperson Derrick Oates said in an email that the district was "actively recruiting" and had raised starting pay for drivers to $19.50 an hour.
"Student safety is always our first priority," Oates wrote. "We ask families to be patient as we work through a statewide shortage."
The memo, sent to principals on Nov. 16, tells schools to "hold students in a supervised area" when afternoon buses are more than 30 minutes late.
Bus driver Gloria Pennington, who has driven for the district for 22 years, said she has been doing a double route three days a week.
"I love these kids," Pennington said, "but I'm 64 years old and I'm tired. You can't run a system on people's goodwill forever."
At Monday night's school board meeting, board member Curtis Faircloth asked staff for a plan within 30 days.
"If this was happening in a wealthier part of the county, we'd have fixed it by now," Faircloth said. "I want numbers, I want a timeline, and I want it in writing."
Board chair Ellen Strickland said the board would take up the request at its December meeting.
A campaign called "Drive Harnett Forward" is offering a $1,000 signing bonus to new drivers who complete training before January.
Copyright 2026 by Capitol Broadcasting Company. All rights reserved.""",
    [
        ("Kids are waiting in the dark", "parents", "Harnett County parents", "say"),
        (
            "He's out there at 6:10 in the morning, and some days that bus doesn't show until after 7,",
            "Tanya Redding",
            ("Redding said", "Redding"),
            ("Redding said", "said"),
        ),
        (
            "It's pitch black. There's no sidewalk. Trucks come flying down that road.",
            "Tanya Redding",
            ("Redding said", "Redding"),
            ("Redding said", "said"),
        ),
        ("I'm not mad at the drivers,", "Tanya Redding", ("she said", "she"), ("she said", "said")),
        (
            "The drivers are doing everything they can. I'm mad that nobody saw this coming.",
            "Tanya Redding",
            ("she said", "she"),
            ("she said", "said"),
        ),
        (
            "actively recruiting",
            "Derrick Oates",
            "Harnett County Schools spokesperson Derrick Oates",
            "said",
        ),
        (
            "Student safety is always our first priority,",
            "Derrick Oates",
            ("Oates wrote", "Oates"),
            "wrote",
        ),
        (
            "We ask families to be patient as we work through a statewide shortage.",
            "Derrick Oates",
            ("Oates wrote", "Oates"),
            "wrote",
        ),
        ("hold students in a supervised area", "Harnett County Schools", "The memo", "tells"),
        (
            "I love these kids,",
            "Gloria Pennington",
            ("Pennington said", "Pennington"),
            ("Pennington said", "said"),
        ),
        (
            "but I'm 64 years old and I'm tired. You can't run a system on people's goodwill forever.",
            "Gloria Pennington",
            ("Pennington said", "Pennington"),
            ("Pennington said", "said"),
        ),
        (
            "If this was happening in a wealthier part of the county, we'd have fixed it by now,",
            "Curtis Faircloth",
            ("Faircloth said", "Faircloth"),
            ("Faircloth said", "said"),
        ),
        (
            "I want numbers, I want a timeline, and I want it in writing.",
            "Curtis Faircloth",
            ("Faircloth said", "Faircloth"),
            ("Faircloth said", "said"),
        ),
    ],
    ["doubled", "Drive Harnett Forward"],
)

article(
    "blind46-en07",
    "en",
    """ZR operators threaten to park over new route licence fee

Article by Kerri-Ann Gittens
Published on
November 20, 2026

Operators of privately owned public service vehicles (PSVs) plying the Bridgetown to Oistins route are threatening to withdraw their services next week if Government goes ahead with a new $1,500 route licence fee.
The warning came yesterday from president of the Alliance of Owners of Public Transport (AOPT), Roderick “Scrappy” Bascombe, following a meeting of about 60 owners at the Garrison.
“We are not asking for a handout. We are asking not to be taxed out of business,” Bascombe told reporters.
He said the fee, contained in a notice from the Transport Authority published in the Official Gazette last Thursday, came on top of increases in insurance, tyres and parts.
“A man with one ZR, paying a driver and a conductor, making maybe $300 a day on a good day – where he going find $1,500?” he asked.
The owners have given Government until Monday to respond.
Asked what would happen if there was no response, Bascombe said simply: “Then Tuesday you going see a lot of empty stands.”
The Transport Authority said in a statement that the fee was part of a “modernisation of the PSV sector” and would fund route inspections, new bus shelters and an electronic ticketing pilot.
“The Authority remains committed to dialogue with all stakeholders,” the statement said. “The fee has been set at a level that reflects the commercial value of a route licence.”
Minister of Transport and Works Dr Sandra Alleyne told Barbados TODAY she was “surprised” by the threat, since owners had been consulted in September.
“I personally sat with the Alliance for over two hours. The fee was discussed, the amount was discussed,” she said.
“What was not discussed was a strike.”
Bascombe disputed that, saying the September meeting had been about bus shelters “and nothing else”.
Commuters waiting at the Fairchild Street terminal yesterday were divided.
“If they park, I can’t get to work. Simple so,” said a nurse who works at a polyclinic in Christ Church. “The Transport Board buses don’t come regular enough.”
A vendor at the terminal, Marcia Holder, said she supported the owners. “Everything gone up. Everybody feeling it. Why the ZR men must be the ones to carry the Government?”
The Barbados Association of Retired Persons said it was concerned about elderly passengers who relied on the minibuses, and urged both sides to “come back to the table”.
The fee is due to take effect on January 1.

Related Posts
Teachers’ union calls for action on school buses
Share this:
Facebook WhatsApp X""",
    [
        (
            "We are not asking for a handout. We are asking not to be taxed out of business,",
            "Roderick Bascombe",
            ("Bascombe told", "Bascombe"),
            "told",
        ),
        (
            "A man with one ZR, paying a driver and a conductor, making maybe $300 a day on a good day – where he going find $1,500?",
            "Roderick Bascombe",
            ("he asked", "he"),
            "asked",
        ),
        (
            "Then Tuesday you going see a lot of empty stands.",
            "Roderick Bascombe",
            ("Bascombe said", "Bascombe"),
            ("Bascombe said", "said"),
        ),
        (
            "modernisation of the PSV sector",
            "Transport Authority",
            "The Transport Authority",
            "said",
        ),
        (
            "The Authority remains committed to dialogue with all stakeholders,",
            "Transport Authority",
            "the statement",
            ("the statement said", "said"),
        ),
        (
            "The fee has been set at a level that reflects the commercial value of a route licence.",
            "Transport Authority",
            "the statement",
            ("the statement said", "said"),
        ),
        (
            "surprised",
            "Sandra Alleyne",
            "Minister of Transport and Works Dr Sandra Alleyne",
            "told",
        ),
        (
            "I personally sat with the Alliance for over two hours. The fee was discussed, the amount was discussed,",
            "Sandra Alleyne",
            ("she said", "she"),
            ("she said", "said"),
        ),
        ("What was not discussed was a strike.", "Sandra Alleyne", None, None),
        ("and nothing else", "Roderick Bascombe", ("Bascombe disputed", "Bascombe"), "saying"),
        ("If they park, I can’t get to work. Simple so,", "nurse", "a nurse", "said"),
        ("The Transport Board buses don’t come regular enough.", "nurse", "a nurse", "said"),
        (
            "Everything gone up. Everybody feeling it. Why the ZR men must be the ones to carry the Government?",
            "Marcia Holder",
            "Marcia Holder",
            "said",
        ),
        (
            "come back to the table",
            "Barbados Association of Retired Persons",
            "The Barbados Association of Retired Persons",
            "urged",
        ),
    ],
    ["Scrappy"],
)

article(
    "blind46-en08",
    "en",
    """Pharmacists warn ‘hub and spoke’ delays are leaving patients without medicines

Community pharmacists in the north west of England say prescriptions dispensed through a central hub are arriving days late, with some patients going without repeat medicines.

By Priya Banerjee
24 November 2026

Key points
- Pharmacists say hub-dispensed prescriptions are arriving up to four days late;
- The hub operator says “teething problems” have been fixed;
- A local pharmaceutical committee has written to the integrated care board.

Community pharmacists in Lancashire have warned that delays at a central dispensing hub are leaving patients without regular medicines, weeks after the hub began handling repeat prescriptions for more than 60 pharmacies in the county.
Under the “hub and spoke” model, prescriptions are sent from local pharmacies to an automated facility in Preston, where medicines are picked and packed before being returned for collection.
Ruth Ashworth, superintendent pharmacist at a four-branch independent chain in the Ribble Valley, told The Pharmaceutical Journal that orders which used to take 48 hours were now taking “anything up to six days”.
“We had a patient on warfarin last week who came in for her tablets and they simply were not there,” she said. “We covered her from our own stock, but that is not a system, that is luck.”
Ashworth said her team had logged 212 late returns in October alone.
A second pharmacist, who asked not to be named because his employer had told staff not to speak to the press, said the pressure had shifted onto counter staff.
“Patients don’t see a hub. They see us, and we’re the ones getting shouted at,” he said.
In a letter sent on 17 November, Lancashire Local Pharmaceutical Committee (LPC) told the Lancashire and South Cumbria Integrated Care Board that the problems posed “a clear risk to patient safety” and asked for an urgent meeting.
The letter, signed by LPC chief officer Graham Whitfield, says: “We support innovation in dispensing, but not at the expense of patients who depend on a reliable supply of their medicines.”
MedFlow Dispensing Ltd, which operates the Preston facility, said the delays had been caused by “teething problems” with a software update in October.
“These issues have now been resolved and turnaround times are back within our service standard,” a MedFlow spokesperson said. “We apologise to any patient who was affected.”
Whitfield said the committee would want to see data before accepting that.
“We have heard ‘it’s fixed’ before,” he said.
An integrated care board spokesperson said it was “working closely with the LPC and the provider to understand the issues raised”.
The Royal Pharmaceutical Society’s English Pharmacy Board chair, Dr Olumide Adeyemi, said hub and spoke could free up pharmacists’ time for clinical services, but only if the logistics worked.
“The promise of hub and spoke is more time with patients. If the boxes don’t arrive, all you have is more time on the phone,” he said.
Read more: Pharmacy closures reach highest level in a decade
Citation: The Pharmaceutical Journal, PJ, November 2026, Vol 317, No 8012;317(8012)::DOI:10.1211/PJ.2026.1.341207""",
    [
        ("teething problems", "MedFlow Dispensing Ltd", "The hub operator", "says"),
        ("anything up to six days", "Ruth Ashworth", "Ruth Ashworth", "told"),
        (
            "We had a patient on warfarin last week who came in for her tablets and they simply were not there,",
            "Ruth Ashworth",
            ("she said", "she"),
            ("she said", "said"),
        ),
        (
            "We covered her from our own stock, but that is not a system, that is luck.",
            "Ruth Ashworth",
            ("she said", "she"),
            ("she said", "said"),
        ),
        (
            "Patients don’t see a hub. They see us, and we’re the ones getting shouted at,",
            "pharmacist",
            ("he said", "he"),
            ("he said", "said"),
        ),
        (
            "a clear risk to patient safety",
            "Lancashire Local Pharmaceutical Committee",
            "Lancashire Local Pharmaceutical Committee",
            "told",
        ),
        (
            "We support innovation in dispensing, but not at the expense of patients who depend on a reliable supply of their medicines.",
            "Graham Whitfield",
            "The letter",
            "says",
        ),
        ("teething problems", "MedFlow Dispensing Ltd", "MedFlow Dispensing Ltd", "said"),
        (
            "These issues have now been resolved and turnaround times are back within our service standard,",
            "MedFlow Dispensing Ltd",
            "a MedFlow spokesperson",
            ("spokesperson said", "said"),
        ),
        (
            "We apologise to any patient who was affected.",
            "MedFlow Dispensing Ltd",
            "a MedFlow spokesperson",
            ("spokesperson said", "said"),
        ),
        (
            "We have heard ‘it’s fixed’ before,",
            "Graham Whitfield",
            ("he said", "he"),
            ("he said", "said"),
        ),
        (
            "working closely with the LPC and the provider to understand the issues raised",
            "Lancashire and South Cumbria Integrated Care Board",
            "An integrated care board spokesperson",
            "said",
        ),
        (
            "The promise of hub and spoke is more time with patients. If the boxes don’t arrive, all you have is more time on the phone,",
            "Olumide Adeyemi",
            ("he said", "he"),
            ("he said", "said"),
        ),
    ],
    ["hub and spoke", "hub and spoke"],
)


def main() -> None:
    SET.write(Path(__file__).with_name("blind46_en.jsonl"), WORDS_RANGE)


if __name__ == "__main__":
    main()
