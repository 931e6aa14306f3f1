# ruff: noqa: E501, RUF001
# Prose articles with typographic quotation marks: the long lines and the marks are the data.
"""Builds blind11_en.jsonl: an eleventh blind English quotation set (written for depeche, CC0).

Written blind by a helper for depeche who never read the quotes code, so that its score is an
honest estimate of how ``depeche.quotes`` does on English news text nobody tuned it on. Every
story, person, place and organisation is invented. Beats: a Playbook-style state politics item
(aides on background, a statement, a post on X), a Business Insider-style workplace story
(anonymous employees, a memo, a spokesperson), a Straits Times-style hawker centre tender row
(translated quotes, a minister in Parliament), a county cricket match report in British single
quotes, a feature on a lost-luggage podcast, a CBC-style maple syrup theft, a Register-style
dating-app data leak and an ABC-style crocodile closing a boat ramp. Marks vary: curly double,
straight double, British single with inner doubles, inner single quotes, apostrophes inside
single-quoted speech. Gold conventions are those of build_dev.py.

Do not tune the extractor on this file: it measures, it does not teach. Run
``python tests/data/quotes/build_blind11_en.py`` after editing.
Bodies are named by their full name, also when the text gives a short one in brackets.
"""

from __future__ import annotations

from pathlib import Path

from build_dev import ArticleSet

SET = ArticleSet()
article = SET.article
WORDS_RANGE = (300, 650)


article(
    "blind11-en01",
    "en",
    """PLAYBOOK: Haldane's drone veto lands with a thud in Harrisburg

By Corinne Maddox and Theo Lindqvist
11/20/2026 06:00 AM EST

Good Thursday morning, and welcome to the state edition of Playbook.

DRONE WARS — Gov. Patricia Haldane vetoed the drone-delivery bill late Wednesday, and her allies in the Capitol are not pretending to be surprised. “She told everybody for two months she’d do this,” one senior aide to a Democratic committee chair told Playbook, speaking on condition of anonymity to describe private conversations. “Nobody can say they were ambushed.”

The bill, known around the building as the “Porch Drop Act,” would have let retailers fly packages of up to 11 pounds over residential streets from 7 a.m. to 9 p.m. In her veto message, Haldane called it “a gift to three companies dressed up as innovation” and wrote that “neighbors deserve a say before the sky above their kids becomes a freight lane.”

State Sen. Marcus Oyelaran, the bill’s Republican sponsor, was less measured. “The governor just told every small-town pharmacy in this state that their customers can wait,” he said in a statement. “We will have the votes to override, and we’ll have them by Christmas.”

Oyelaran’s math is shaky. A leadership aide who has counted heads twice this week put the override effort “four votes short, maybe five,” adding: “Marcus knows that. This is about the primary.”

SUBSCRIBE to Playbook and get it in your inbox every morning.

Over on X, freshman Rep. Dana Whitcombe, who voted for the bill, posted a picture of a delivery drone hovering over a cornfield with the caption: “Rural Pennsylvania doesn’t need a lecture. It needs its insulin on time.” The post had been shared more than 4,000 times by midnight.

The governor’s office fired back within the hour. “Nobody is taking anybody’s insulin,” spokesperson Eli Brandvold told Playbook. “The governor offered a pilot in six counties. The sponsors turned it down.”

Brandvold said the offer was made in writing on Oct. 30 and that the administration was still “ready to sit down tomorrow.”

Industry groups are weighing their options. Skyward Logistics, which had planned a launch hub outside Altoona, said it was “disappointed but not discouraged.” Its chief executive, Rowan Pike, was blunter on a call with investors Wednesday night, according to a person on the call: “We’ll build in Ohio. They actually want us.”

— Read more: The lobbyists who wrote half of the drone bill

WHAT’S NEXT — The Senate Transportation Committee meets Monday. The chair, Sen. Gloria Esterhazy, said she would not schedule an override vote “until somebody shows me the numbers” and warned colleagues against “fighting the last war on the floor.”

“We have a budget to pass,” she said. “Drones can wait a week.”

Photo: A delivery drone during a demonstration in Lancaster County. (Matt Kessler/AP)""",
    [
        (
            "She told everybody for two months she’d do this,",
            "aide",
            "one senior aide",
            "told",
        ),
        ("Nobody can say they were ambushed.", "aide", None, None),
        (
            "a gift to three companies dressed up as innovation",
            "Patricia Haldane",
            ("message, Haldane called", "Haldane"),
            "called",
        ),
        (
            "neighbors deserve a say before the sky above their kids becomes a freight lane.",
            "Patricia Haldane",
            ("message, Haldane called", "Haldane"),
            "wrote",
        ),
        (
            "The governor just told every small-town pharmacy in this state that their customers can wait,",
            "Marcus Oyelaran",
            ("he said in a statement", "he"),
            "said",
        ),
        (
            "We will have the votes to override, and we’ll have them by Christmas.",
            "Marcus Oyelaran",
            None,
            None,
        ),
        ("four votes short, maybe five,", "aide", "A leadership aide", "put"),
        ("Marcus knows that. This is about the primary.", "aide", "A leadership aide", "adding"),
        (
            "Rural Pennsylvania doesn’t need a lecture. It needs its insulin on time.",
            "Dana Whitcombe",
            "Dana Whitcombe",
            "posted",
        ),
        ("Nobody is taking anybody’s insulin,", "Eli Brandvold", "Eli Brandvold", "told"),
        (
            "The governor offered a pilot in six counties. The sponsors turned it down.",
            "Eli Brandvold",
            None,
            None,
        ),
        (
            "ready to sit down tomorrow.",
            "Eli Brandvold",
            ("Brandvold said the offer", "Brandvold"),
            ("Brandvold said the offer", "said"),
        ),
        (
            "disappointed but not discouraged.",
            "Skyward Logistics",
            "Skyward Logistics",
            ("Altoona, said it", "said"),
        ),
        ("We’ll build in Ohio. They actually want us.", "Rowan Pike", "Rowan Pike", None),
        ("until somebody shows me the numbers", "Gloria Esterhazy", "Gloria Esterhazy", "said"),
        ("fighting the last war on the floor.", "Gloria Esterhazy", "Gloria Esterhazy", "warned"),
        ("We have a budget to pass,", "Gloria Esterhazy", ("she said", "she"), "said"),
        ("Drones can wait a week.", "Gloria Esterhazy", ("she said", "she"), "said"),
    ],
    ["Porch Drop Act"],
)

article(
    "blind11-en02",
    "en",
    """Employees at fintech Lumora say a new attendance metric is turning the office into a hall monitor's dream

Grace Nakamura
Nov 19, 2026, 4:12 PM ET

Share
Save

Lumora employees say a dashboard shows managers how many hours each of them spends in the office. Illustration by Getty Images; BI

Employees at Lumora, the San Francisco payments startup valued at $6 billion last spring, were told this month that their badge swipes would feed a new internal metric, the "Presence Score," according to an internal memo seen by Business Insider.

"Presence is not about surveillance," the memo, signed by chief people officer Annika Voss, reads. "It is about making sure the people who show up are not carrying the people who don't."

Business Insider spoke with six current employees, who asked not to be named because they were not authorized to speak to the press. Their identities are known to BI.

"It's a leaderboard for sitting in a chair," said one engineer who has worked at the company for three years. "I can close a critical bug from my kitchen at 11 p.m., and it counts for nothing."

Another employee, a product manager in the New York office, said colleagues had started swiping in and then leaving for coffee. "People are gaming it already. Of course they are," she said. "You give engineers a number, they'll optimize the number."

Voss's memo also says the score will be "one input among many" in year-end reviews. Two employees said their managers had described it differently in private. One recalled a manager telling her team: 'If you're under 60, I can't protect you.'

In a statement to BI, a Lumora spokesperson said the company "does not and will not" make compensation decisions based on office attendance alone.

"We've asked teams to be together three days a week, like most of our peers," the spokesperson said. "The dashboard simply shows leaders whether that's happening."

Read next: Inside the return-to-office wars at the biggest banks

Labor lawyers say the practice is legal in most states but risky. Tamsin Ocampo, an employment attorney at Reyes Ocampo LLP in Oakland, said tying the number to reviews could expose the company to discrimination claims.

"If your score is lower because you have a disability or you're caring for a sick parent, that's a problem waiting to happen," Ocampo told BI. She called the rollout "a textbook case of measuring what's easy instead of what matters."

Voss addressed the backlash at an all-hands meeting last Thursday, according to a recording reviewed by BI. "I hear the frustration," she told staff. "But I'd rather be honest with you about how we'll look at this than pretend it doesn't exist."

Not everyone is unhappy. A sales director in the Austin office said the policy had brought his team back together. "Honestly? I missed people," he said. "The score is dumb, but the lunches are great."

Are you a Lumora employee with a story to share? Contact this reporter via Signal at gnakamura.01 or email gnakamura@businessinsider.com.""",
    [
        ("Presence is not about surveillance,", "Annika Voss", "Annika Voss", "reads"),
        (
            "It is about making sure the people who show up are not carrying the people who don't.",
            "Annika Voss",
            None,
            None,
        ),
        ("It's a leaderboard for sitting in a chair,", "engineer", "one engineer", "said"),
        (
            "I can close a critical bug from my kitchen at 11 p.m., and it counts for nothing.",
            "engineer",
            "one engineer",
            "said",
        ),
        (
            "People are gaming it already. Of course they are,",
            "manager",
            ("she said", "she"),
            "said",
        ),
        (
            "You give engineers a number, they'll optimize the number.",
            "manager",
            ("she said", "she"),
            "said",
        ),
        ("one input among many", "Annika Voss", "Voss", "says"),
        ("If you're under 60, I can't protect you.", "manager", "a manager", "telling"),
        ("does not and will not", "spokesperson", "a Lumora spokesperson", "said"),
        (
            "We've asked teams to be together three days a week, like most of our peers,",
            "spokesperson",
            "the spokesperson",
            "said",
        ),
        (
            "The dashboard simply shows leaders whether that's happening.",
            "spokesperson",
            None,
            None,
        ),
        (
            "If your score is lower because you have a disability or you're caring for a sick parent, that's a problem waiting to happen,",
            "Tamsin Ocampo",
            "Ocampo",
            "told",
        ),
        (
            "a textbook case of measuring what's easy instead of what matters.",
            "Tamsin Ocampo",
            ("She called", "She"),
            "called",
        ),
        ("I hear the frustration,", "Annika Voss", ("she told staff", "she"), "told"),
        (
            "But I'd rather be honest with you about how we'll look at this than pretend it doesn't exist.",
            "Annika Voss",
            ("she told staff", "she"),
            "told",
        ),
        ("Honestly? I missed people,", "director", ("he said", "he"), "said"),
        ("The score is dumb, but the lunches are great.", "director", ("he said", "he"), "said"),
    ],
    ["Presence Score"],
)

article(
    "blind11-en03",
    "en",
    """Hawkers at new Kembangan Vale centre say tender rules favour chains; board to review results

Lim Wei Ting
Senior Correspondent
Published Nov 18, 2026, 05:00 AM
Updated Nov 18, 2026, 11:32 AM

SINGAPORE – Stallholders at the newly opened Kembangan Vale Hawker Centre say a change to tender rules has let restaurant chains outbid family-run stalls, pushing monthly rents at some units past $4,000.

“We cannot compete with people who have 20 outlets and a bank behind them,” said Madam Ong Siew Lan, 67, who has sold fishball noodles for 38 years and lost her bid for a corner stall by $310. She spoke in Mandarin.

Her son, Mr Benjamin Ong, 41, said the family had bid “as high as we dared”. “If we went higher, we would be working for the landlord,” he added.

Under rules introduced in April, the Food Estates Board (FEB) no longer caps the number of stalls a single operator can hold in one centre. The board said in a statement on Nov 17 that the change was meant to “attract fresh concepts and younger operators”.

Read more: Young hawkers trade office jobs for woks, but few last three years

Of the 32 cooked-food stalls at the centre, 11 went to operators that run five or more outlets, according to tender results published on the FEB website.

Minister of State for Community Living Farah Rahmat told Parliament on Nov 17 that the board would review the results. “Hawker culture is not a business model to be optimised. It is a shared heritage,” she said, responding to a question from Mr Desmond Koh (Bukit Teck GRC).

Mr Koh had asked whether the board would reinstate the cap. “Residents tell me they come for the uncle who remembers their order, not for a franchise,” he said in his question.

Ms Farah said the review would look at “all options, including caps”, and would conclude by the first quarter of 2027.

Sign up for the ST Singapore newsletter, delivered to your inbox every weekday.

Chains say they are being unfairly blamed. A spokesman for Wokfire Group, which won four stalls at Kembangan Vale, said the firm hires older cooks and pays above market rates. “We are also a local company. Our founder started with one stall in Bedok in 2009,” he said.

Residents who spoke to The Straits Times were divided. Retiree Jasmine Tan, 72, who lives in a block across the road, called the new centre “clean but soulless”. Student Arjun Menon, 19, said prices were lower at the chain stalls. “Three dollars for chicken rice, I’m not complaining,” he said.

Associate Professor Clara Wee, who studies food heritage at the Tanjong Institute, said the debate echoed one from the 1990s. “Every generation thinks it is the last one to eat real hawker food,” she said. “But rents do decide who gets to cook.”

Madam Ong has since applied for a stall at another centre in Pasir Ris. “I will try again,” she said. “What else do I know how to do?”

The Kembangan Vale Hawker Centre opened on Nov 1. ST PHOTO: KELVIN LOH""",
    [
        (
            "We cannot compete with people who have 20 outlets and a bank behind them,",
            "Ong Siew Lan",
            "Ong Siew Lan",
            "said",
        ),
        ("as high as we dared", "Benjamin Ong", "Benjamin Ong", "said"),
        (
            "If we went higher, we would be working for the landlord,",
            "Benjamin Ong",
            ("he added", "he"),
            "added",
        ),
        (
            "attract fresh concepts and younger operators",
            "Food Estates Board",
            "The board",
            ("The board said", "said"),
        ),
        (
            "Hawker culture is not a business model to be optimised. It is a shared heritage,",
            "Farah Rahmat",
            ("she said, responding", "she"),
            ("she said, responding", "said"),
        ),
        (
            "Residents tell me they come for the uncle who remembers their order, not for a franchise,",
            "Desmond Koh",
            ("he said in his question", "he"),
            ("he said in his question", "said"),
        ),
        ("all options, including caps", "Farah Rahmat", ("Ms Farah", "Farah"), "said"),
        (
            "We are also a local company. Our founder started with one stall in Bedok in 2009,",
            "spokesman",
            ("he said.", "he"),
            ("he said.", "said"),
        ),
        ("clean but soulless", "Jasmine Tan", "Jasmine Tan", "called"),
        (
            "Three dollars for chicken rice, I’m not complaining,",
            "Arjun Menon",
            ("he said", "he"),
            "said",
        ),
        (
            "Every generation thinks it is the last one to eat real hawker food,",
            "Clara Wee",
            ("she said", "she"),
            "said",
        ),
        ("But rents do decide who gets to cook.", "Clara Wee", ("she said", "she"), "said"),
        ("I will try again,", "Ong Siew Lan", ("she said", "she"), "said"),
        ("What else do I know how to do?", "Ong Siew Lan", ("she said", "she"), "said"),
    ],
)

article(
    "blind11-en04",
    "en",
    """Fenwick's unbeaten 141 keeps Wessex Downs in title hunt as Northmoor fold

By Harriet Ashdown at Castle Field
22 September 2026 • 7:40pm

Wessex Downs stayed within four points of the County Championship leaders after Callum Fenwick's unbeaten 141 and a burst of four wickets for nine runs from the left-arm seamer Jonah Adeyemi bowled Northmoor out for 118 on the third evening.

Fenwick, who was dropped on 12 at second slip, batted for six and a half hours. 'I was lucky early and I knew it,' the 26-year-old said. 'After that I just tried to make them bowl to me rather than chase anything wide.'

His captain, Tom Ridley, called it 'the best innings I've seen on this ground in a decade' and said the declaration had been timed around the forecast. 'We looked at the radar at tea and thought we had about a session and a half of cricket,' Ridley said. 'Jonah made sure we didn't need more than that.'

Adeyemi, 21, only learned he was playing on the morning of the match when Sam Wilde pulled up with a side strain. 'Honestly, I found out from the team group chat,' he said, laughing. 'Coach said "you're in, don't overthink it", so I didn't.'

Read more: Why county groundsmen are falling out of love with the heavy roller

Northmoor's head coach, Gareth Pryce, did not hide his frustration. 'That's not acceptable at this level,' he told Radio Wessex. 'We had a good pitch and we batted like it was a minefield.'

Pryce said his side had been 'second best for three days' but stopped short of criticising the decision at the toss taken by his captain, Owen Marsh. Marsh, speaking separately, insisted the call to bowl first was right. 'There was moisture under the covers, the ball did plenty for the first hour,' he said. 'We just didn't take our chances.'

According to Northmoor's own analysts, the side dropped five catches in the match, the most in a single game this season.

The Northmoor chief executive, Priya Lal, said the club would 'look hard at everything' over the winter, including the coaching structure. Asked whether Pryce's job was safe, she said: 'Gareth has a contract and our full support. Results matter, though. Nobody pretends otherwise.'

Fenwick's century was his fourth of the summer and took him past 1,000 first-class runs for the first time. The national selector Malcolm Drew, who watched from the pavilion, described him as 'very close' to a Lions call-up.

Wessex Downs travel to Harrogate Park for the final round next week needing a win and help from elsewhere. 'We can only control our game,' Ridley said. 'If it's not enough, it's not enough.'

Fenwick celebrates reaching his hundred at Castle Field Photo: Alamy

Sign up to The Telegraph's cricket newsletter for the best analysis every week""",
    [
        ("I was lucky early and I knew it,", "Callum Fenwick", "the 26-year-old", "said"),
        (
            "After that I just tried to make them bowl to me rather than chase anything wide.",
            "Callum Fenwick",
            "the 26-year-old",
            "said",
        ),
        (
            "the best innings I've seen on this ground in a decade",
            "Tom Ridley",
            "Tom Ridley",
            "called",
        ),
        (
            "We looked at the radar at tea and thought we had about a session and a half of cricket,",
            "Tom Ridley",
            "Ridley",
            "said",
        ),
        ("Jonah made sure we didn't need more than that.", "Tom Ridley", "Ridley", "said"),
        (
            "Honestly, I found out from the team group chat,",
            "Jonah Adeyemi",
            ("he said, laughing", "he"),
            ("he said, laughing", "said"),
        ),
        (
            "Coach said \"you're in, don't overthink it\", so I didn't.",
            "Jonah Adeyemi",
            ("he said, laughing", "he"),
            ("he said, laughing", "said"),
        ),
        ("That's not acceptable at this level,", "Gareth Pryce", ("he told Radio", "he"), "told"),
        (
            "We had a good pitch and we batted like it was a minefield.",
            "Gareth Pryce",
            ("he told Radio", "he"),
            "told",
        ),
        ("second best for three days", "Gareth Pryce", ("Pryce said his", "Pryce"), "said"),
        (
            "There was moisture under the covers, the ball did plenty for the first hour,",
            "Owen Marsh",
            ("he said.", "he"),
            ("he said.", "said"),
        ),
        (
            "We just didn't take our chances.",
            "Owen Marsh",
            ("he said.", "he"),
            ("he said.", "said"),
        ),
        ("look hard at everything", "Priya Lal", "Priya Lal", "said"),
        (
            "Gareth has a contract and our full support. Results matter, though. Nobody pretends otherwise.",
            "Priya Lal",
            ("she said:", "she"),
            ("she said:", "said"),
        ),
        ("very close", "Malcolm Drew", "Malcolm Drew", "described"),
        ("We can only control our game,", "Tom Ridley", "Ridley", "said"),
        ("If it's not enough, it's not enough.", "Tom Ridley", "Ridley", "said"),
    ],
)

article(
    "blind11-en05",
    "en",
    """The podcast that returns lost luggage — and the stories packed inside

By Nadia Verhoeven | Culture
Nov 21, 2026

Listen to this article · 6 min

Every Tuesday, Ruth Abernathy opens a stranger’s suitcase on air. Her podcast, “Unclaimed,” now in its third season, buys lost bags at airline auctions in Alabama and then tries to return what it can to the people who packed them.

“The first rule is you don’t laugh at anybody’s underwear,” Abernathy said in an interview at her studio, a converted garage in Huntsville. “The second rule is you always assume somebody is missing this.”

The show began as a joke between Abernathy, a former court stenographer, and her co-host, Desmond Achebe, a sound engineer who had bought a bag for $40 at a clearance sale. Inside was a wedding album.

“We spent eleven weeks finding that couple,” Achebe recalled. “When we finally called them, the wife cried for about a minute before she could say a word.”

That episode, titled “The Album,” was downloaded 300,000 times in its first month and turned a hobby into a business with two employees and a sponsorship deal.

Not all listeners are fans. Privacy advocates say the show walks a fine line. “These are people’s private lives, bought for forty dollars,” said Lena Marchetti of the Digital Dignity Project, a nonprofit in Chicago. She described the premise as “voyeurism with a happy ending.”

Abernathy says she understands the criticism. “We blur names, we don’t read diaries on air, and if we can’t find the owner we donate or destroy what’s personal,” she said. “But I’d push back on the idea that nobody should look. Somebody has to look, or it all goes in a landfill.”

Subscribe to the Culture Desk newsletter

The auction house that sells most of the bags, Cullman Reclaim, said in an email that it had “no role in the production” and that buyers sign an agreement to respect “the personal nature of certain items.”

Some owners have become part of the show. Teodora Vasquez, a retired teacher from Tucson whose bag was lost on a connection in 2019, appeared in Episode 14 after the hosts returned her late husband’s watch.

“I had given up. I told my daughter, that watch is in some warehouse in Alabama and it’s never coming home,” Vasquez said by phone. “Then a man with a very calm voice calls me and says, ‘Ma’am, I think I have something of yours.’”

Asked what he has learned after three seasons, Achebe paused for a long time.

“People pack the things they can’t bear to be away from,” he said. “And then the airline loses them. That’s the whole show, really.”

Season four of “Unclaimed” begins in January.

Photo: Ruth Abernathy and Desmond Achebe in their Huntsville studio. Credit: Jamal Ortiz for The Ledger""",
    [
        (
            "The first rule is you don’t laugh at anybody’s underwear,",
            "Ruth Abernathy",
            ("Abernathy said in", "Abernathy"),
            ("Abernathy said in", "said"),
        ),
        (
            "The second rule is you always assume somebody is missing this.",
            "Ruth Abernathy",
            ("Abernathy said in", "Abernathy"),
            ("Abernathy said in", "said"),
        ),
        ("We spent eleven weeks finding that couple,", "Desmond Achebe", "Achebe", "recalled"),
        (
            "When we finally called them, the wife cried for about a minute before she could say a word.",
            "Desmond Achebe",
            "Achebe",
            "recalled",
        ),
        (
            "These are people’s private lives, bought for forty dollars,",
            "Lena Marchetti",
            "Lena Marchetti",
            "said",
        ),
        ("voyeurism with a happy ending.", "Lena Marchetti", ("She described", "She"), "described"),
        (
            "We blur names, we don’t read diaries on air, and if we can’t find the owner we donate or destroy what’s personal,",
            "Ruth Abernathy",
            ("she said", "she"),
            "said",
        ),
        (
            "But I’d push back on the idea that nobody should look. Somebody has to look, or it all goes in a landfill.",
            "Ruth Abernathy",
            ("she said", "she"),
            "said",
        ),
        ("no role in the production", "Cullman Reclaim", "Cullman Reclaim", "said"),
        ("the personal nature of certain items.", "Cullman Reclaim", "Cullman Reclaim", "said"),
        (
            "I had given up. I told my daughter, that watch is in some warehouse in Alabama and it’s never coming home,",
            "Teodora Vasquez",
            ("Vasquez said by phone", "Vasquez"),
            ("Vasquez said by phone", "said"),
        ),
        (
            "Then a man with a very calm voice calls me and says, ‘Ma’am, I think I have something of yours.’",
            "Teodora Vasquez",
            ("Vasquez said by phone", "Vasquez"),
            ("Vasquez said by phone", "said"),
        ),
        (
            "People pack the things they can’t bear to be away from,",
            "Desmond Achebe",
            ("he said", "he"),
            "said",
        ),
        (
            "And then the airline loses them. That’s the whole show, really.",
            "Desmond Achebe",
            ("he said", "he"),
            "said",
        ),
    ],
    ["Unclaimed", "The Album", "Unclaimed"],
)

article(
    "blind11-en06",
    "en",
    """$1.2M in maple syrup vanishes from Eastern Townships co-op warehouse, police say

Investigators believe thieves drained barrels over several weekends

Élodie Marchand · CBC News · Posted: Nov 20, 2026 5:00 AM ET | Last Updated: 2 hours ago

Police in Quebec's Eastern Townships are investigating the theft of roughly 540 barrels of maple syrup, worth an estimated $1.2 million, from a co-operative warehouse in Sainte-Aurélie-des-Monts.

The theft was discovered on Nov. 14 during a routine inventory, according to Sgt. Mathieu Bellefleur, a spokesperson for the Haut-Bois regional police service.

"Whoever did this knew the building, knew the schedule and knew which barrels to take," Bellefleur said in an interview. "This was not a crime of opportunity."

Investigators believe the syrup was siphoned into other containers over at least three weekends, and that the emptied barrels were refilled with water to fool inspectors. Bellefleur called that detail "almost admirable, in a terrible way."

Warehouse manager Sylvie Gagnon said she noticed that some barrels "sounded wrong" when staff knocked on them. "A full barrel of syrup has a dull sound. These ones were ringing," she said in French. "I knew right away."

Share this story: Facebook | X | Email | Copy link

The Coopérative acéricole du Haut-Bois, which stores syrup for 212 producers, said in a statement that insurance would cover "most but not all" of the loss and that no producer would go unpaid.

For some producers, the news revived bad memories. "My father lost half a season's work in a theft back in 2011. I thought we'd learned something," said Étienne Roy, who taps 9,000 trees near Lac-Brûlé. "Apparently not."

Roy wants cameras installed in every aisle and questioned why the co-operative had not done so already. Asked about the cameras, co-op president Nathalie Cloutier said the board had approved a security upgrade in the spring but that the contractor was "backed up until January."

"We're not going to hide behind that," Cloutier told CBC News. "We made a decision to wait, and it was the wrong decision."

RELATED: How a strategic reserve turned syrup into a commodity worth stealing

Agricultural economist Hugo Lafrenière said stolen syrup is hard to trace once it leaves the province. "It's sold in plain barrels, it's shelf-stable, and there's a huge unregulated market south of the border," he said.

According to Lafrenière, the thieves would have needed "a truck, a buyer and a lot of patience."

Police are asking anyone who saw tanker trucks near the warehouse on weekends in October to contact investigators. "Even a small detail could help," Bellefleur said.

Barrels of syrup at the co-operative's warehouse in Sainte-Aurélie-des-Monts. (Radio-Canada)""",
    [
        (
            "Whoever did this knew the building, knew the schedule and knew which barrels to take,",
            "Mathieu Bellefleur",
            ("Bellefleur said in", "Bellefleur"),
            ("Bellefleur said in", "said"),
        ),
        (
            "This was not a crime of opportunity.",
            "Mathieu Bellefleur",
            ("Bellefleur said in", "Bellefleur"),
            ("Bellefleur said in", "said"),
        ),
        (
            "almost admirable, in a terrible way.",
            "Mathieu Bellefleur",
            ("Bellefleur called", "Bellefleur"),
            "called",
        ),
        ("sounded wrong", "Sylvie Gagnon", "Sylvie Gagnon", "said"),
        (
            "A full barrel of syrup has a dull sound. These ones were ringing,",
            "Sylvie Gagnon",
            ("she said in French", "she"),
            ("she said in French", "said"),
        ),
        (
            "I knew right away.",
            "Sylvie Gagnon",
            ("she said in French", "she"),
            ("she said in French", "said"),
        ),
        (
            "most but not all",
            "Coopérative acéricole du Haut-Bois",
            "Coopérative acéricole du Haut-Bois",
            "said",
        ),
        (
            "My father lost half a season's work in a theft back in 2011. I thought we'd learned something,",
            "Étienne Roy",
            "Étienne Roy",
            "said",
        ),
        ("Apparently not.", "Étienne Roy", "Étienne Roy", "said"),
        ("backed up until January.", "Nathalie Cloutier", "Nathalie Cloutier", "said"),
        ("We're not going to hide behind that,", "Nathalie Cloutier", "Cloutier", "told"),
        (
            "We made a decision to wait, and it was the wrong decision.",
            "Nathalie Cloutier",
            "Cloutier",
            "told",
        ),
        (
            "It's sold in plain barrels, it's shelf-stable, and there's a huge unregulated market south of the border,",
            "Hugo Lafrenière",
            ("he said", "he"),
            "said",
        ),
        (
            "a truck, a buyer and a lot of patience.",
            "Hugo Lafrenière",
            ("According to Lafrenière", "Lafrenière"),
            "According to",
        ),
        ("Even a small detail could help,", "Mathieu Bellefleur", "Bellefleur", "said"),
    ],
)

article(
    "blind11-en07",
    "en",
    """Dating app Kindred left 3.4M users' chat logs in an open bucket, researcher finds

Exposed data included location history and, er, compatibility ratings

Security
Tue 17 Nov 2026 // 14:02 UTC
Connor Blaise

Dating app Kindred left an unprotected cloud storage bucket holding the chat logs and approximate locations of about 3.4 million users open to the internet for at least five weeks, according to the security researcher who found it.

Maren Solberg, an independent researcher based in Bergen, told The Register she stumbled on the bucket while scanning for misconfigured storage in late October. "There was no password, no token, nothing," said Solberg. "You just had to know the name, and the name was kindred-prod-backup."

The files included message histories, coarse location data and a field labelled "vibe_score" that appears to be an internal compatibility rating, from 0 to 100.

Solberg says she contacted Kindred on October 28 and again on November 3 without reply. The bucket was locked down on November 9, a day after she reached out to a journalist.

In a statement, Kindred Labs Inc said it had "promptly secured" the storage once alerted and had "no evidence that the data was accessed by anyone other than the researcher."

"We take the privacy of our community extremely seriously," the statement continued. "We have engaged a leading forensics firm and are notifying relevant authorities."

Solberg disputed the timeline. "Promptly is an interesting word for 12 days," she said.

The Register asked Kindred why her first message went unanswered. A spokesperson replied that the email "was routed to a general inbox" and apologized for the delay.

Privacy lawyers said the leak could draw attention from regulators on both sides of the Atlantic because Kindred operates in 14 countries. Bettina Oyelowo, a partner at London firm Castlegate Hume, called the exposure of location data "the part that should worry people most."

"Chat logs are embarrassing. Location history can be dangerous," said Oyelowo. "For some users, particularly LGBTQ people in certain countries, this isn't about embarrassment at all."

Norway's data watchdog, Datavakt, confirmed it had received a breach notification. "We are assessing the information we have received," a Datavakt official said, declining to give a timeline.

Kindred's chief technology officer, Arjun Patel-Reyes, posted on LinkedIn on Monday that the company had "learned hard lessons" and would launch a bug bounty programme, dubbed "Open Heart", in the new year.

Solberg said she would not publish any of the data. "I deleted my copy the day they closed it," she told us. "I'm not interested in anyone's DMs. I'm interested in companies not being careless with them." ®

Get our Tech Resources

Sponsored: Why your backups are your last line of defence""",
    [
        (
            "There was no password, no token, nothing,",
            "Maren Solberg",
            ("said Solberg", "Solberg"),
            "said",
        ),
        (
            "You just had to know the name, and the name was kindred-prod-backup.",
            "Maren Solberg",
            ("said Solberg", "Solberg"),
            "said",
        ),
        ("promptly secured", "Kindred Labs Inc", "Kindred Labs Inc", "said"),
        (
            "no evidence that the data was accessed by anyone other than the researcher.",
            "Kindred Labs Inc",
            "Kindred Labs Inc",
            "said",
        ),
        (
            "We take the privacy of our community extremely seriously,",
            "Kindred Labs Inc",
            None,
            "continued",
        ),
        (
            "We have engaged a leading forensics firm and are notifying relevant authorities.",
            "Kindred Labs Inc",
            None,
            "continued",
        ),
        (
            "Promptly is an interesting word for 12 days,",
            "Maren Solberg",
            ("she said", "she"),
            "said",
        ),
        ("was routed to a general inbox", "spokesperson", "A spokesperson", "replied"),
        ("the part that should worry people most.", "Bettina Oyelowo", "Bettina Oyelowo", "called"),
        (
            "Chat logs are embarrassing. Location history can be dangerous,",
            "Bettina Oyelowo",
            ("said Oyelowo", "Oyelowo"),
            "said",
        ),
        (
            "For some users, particularly LGBTQ people in certain countries, this isn't about embarrassment at all.",
            "Bettina Oyelowo",
            ("said Oyelowo", "Oyelowo"),
            "said",
        ),
        (
            "We are assessing the information we have received,",
            "official",
            "a Datavakt official",
            "said",
        ),
        ("learned hard lessons", "Arjun Patel-Reyes", "Arjun Patel-Reyes", "posted"),
        (
            "I deleted my copy the day they closed it,",
            "Maren Solberg",
            ("she told us", "she"),
            "told",
        ),
        (
            "I'm not interested in anyone's DMs. I'm interested in companies not being careless with them.",
            "Maren Solberg",
            ("she told us", "she"),
            "told",
        ),
    ],
    ["vibe_score", "Open Heart"],
)

article(
    "blind11-en08",
    "en",
    """‘He’s just sitting there’: Four-metre crocodile closes Kurrawong boat ramp for a third week

ABC Far North
By Sophie Tran
Posted Wed 18 Nov 2026 at 6:31am

Key points:
A large saltwater crocodile has refused to leave the Kurrawong boat ramp since late October
Rangers say relocation is a last resort
Charter operators say the closure is costing them money

A four-metre saltwater crocodile has kept the Kurrawong boat ramp in Far North Queensland closed for a third straight week, and wildlife rangers say they are in no hurry to move him.

The animal, nicknamed “Big Kev” by locals, has been basking on the concrete ramp most mornings since October 27.

“He’s just sitting there, every morning, like he owns the joint,” said Dale Whitford, who runs fishing charters out of the ramp. “I’ve had to cancel 14 trips. That’s real money.”

Senior wildlife ranger Kiri Matthews said moving a crocodile of that size was “a serious operation with real risks to the animal and to my staff.”

“Our first approach is always to let him move on by himself,” Ms Matthews said. “Crocs are territorial, but they’re also lazy. If the fishing’s better somewhere else, he’ll go.”

She said rangers had set a trap upstream as a precaution but that it had not yet been baited.

Read more: Why crocodile sightings are creeping further south

The Department of Coastal Environment said in a statement it had received 31 reports about the animal and that removal would be considered only if it showed “sustained aggressive behaviour towards people.”

Not everyone wants him gone. Kurrawong resident Ngaire Fulton, 58, said the crocodile had become “a bit of a celebrity”.

“Kids come down after school just to look at him from the lookout. It’s the best thing that’s happened to this town in years,” she said.

Local MP Bronwyn Acheson told ABC Radio Far North the closure was hurting businesses and called for a temporary ramp further along the inlet. “I’ve written to the minister. I’ve been told it’s being looked at. That’s not good enough,” Ms Acheson said.

A spokesperson for Environment Minister Lachlan Ferris said the minister was “aware of community concerns” and would “be guided by the experts on the ground.”

Mr Whitford was unconvinced. “The experts don’t have a boat loan,” he said.

The department’s “Be Croc Wise” signs were installed at the ramp on Friday, reminding visitors to stay well back from the water’s edge and never to feed crocodiles.

Photo: The crocodile has been seen on the ramp most mornings since late October. (Supplied: Dale Whitford)

Posted 18 Nov 2026, updated 18 Nov 2026""",
    [
        ("He’s just sitting there", None, None, None),
        (
            "He’s just sitting there, every morning, like he owns the joint,",
            "Dale Whitford",
            "Dale Whitford",
            "said",
        ),
        (
            "I’ve had to cancel 14 trips. That’s real money.",
            "Dale Whitford",
            "Dale Whitford",
            "said",
        ),
        (
            "a serious operation with real risks to the animal and to my staff.",
            "Kiri Matthews",
            "Kiri Matthews",
            "said",
        ),
        (
            "Our first approach is always to let him move on by himself,",
            "Kiri Matthews",
            ("Ms Matthews said", "Matthews"),
            ("Ms Matthews said", "said"),
        ),
        (
            "Crocs are territorial, but they’re also lazy. If the fishing’s better somewhere else, he’ll go.",
            "Kiri Matthews",
            ("Ms Matthews said", "Matthews"),
            ("Ms Matthews said", "said"),
        ),
        (
            "sustained aggressive behaviour towards people.",
            "Department of Coastal Environment",
            "Department of Coastal Environment",
            "said",
        ),
        ("a bit of a celebrity", "Ngaire Fulton", "Ngaire Fulton", "said"),
        (
            "Kids come down after school just to look at him from the lookout. It’s the best thing that’s happened to this town in years,",
            "Ngaire Fulton",
            ("she said", "she"),
            "said",
        ),
        (
            "I’ve written to the minister. I’ve been told it’s being looked at. That’s not good enough,",
            "Bronwyn Acheson",
            ("Ms Acheson said", "Acheson"),
            ("Ms Acheson said", "said"),
        ),
        ("aware of community concerns", "spokesperson", "A spokesperson", "said"),
        ("be guided by the experts on the ground.", "spokesperson", "A spokesperson", "said"),
        ("The experts don’t have a boat loan,", "Dale Whitford", ("he said", "he"), "said"),
    ],
    ["Big Kev", "Be Croc Wise"],
)


def main() -> None:
    SET.write(Path(__file__).with_name("blind11_en.jsonl"), WORDS_RANGE)


if __name__ == "__main__":
    main()
