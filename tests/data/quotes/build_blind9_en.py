# ruff: noqa: E501, RUF001
# Prose articles with typographic quotation marks: the long lines and the marks are the data.
"""Builds blind9_en.jsonl: a ninth blind English quotation set (written for depeche, CC0).

Written from scratch by a helper who never read the quotes code, so that its score is an honest,
blind estimate of how ``depeche.quotes`` does on English news text nobody tuned it on. Every
story, person, place, outlet and organisation is invented. Beats: EU trade talks with diplomats
on background, a tennis post-match press conference, wildfire insurance in California, an AI
company's layoffs in a bullet-point newsletter style, flood relief with translated quotes, a
first-person long read with a multi-paragraph quote, a British local story about escaped zoo
animals (single quotes, inner double quotes) and a museum restitution row. Marks vary: curly
double, straight double, British single, inner quotes. Gold conventions are those of
build_dev.py.

Do not tune the extractor on this file: it measures, it does not teach. Run
``python tests/data/quotes/build_blind9_en.py`` after editing.
"""

from __future__ import annotations

from pathlib import Path

from build_dev import ArticleSet

SET = ArticleSet()
article = SET.article
WORDS_RANGE = (300, 650)


article(
    "blind9-en01",
    "en",
    """EU and Tesaria close in on trade deal, but the farm lobby digs in

By Mathilde Roos and Piotr Kalwa
April 9, 2026 4:12 pm CET

BRUSSELS — Negotiators from the European Union and Tesaria ended a fifth round of talks on Thursday with the outline of a trade agreement on the table and a fight over beef quotas still unresolved.
“We have never been this close,” Trade Commissioner Henrike Vasstrand told reporters after the final session. “What is left is political, not technical, and political problems can be solved in a week if people want to solve them.”
Tesaria’s foreign trade minister, Aurelio Banderas Quint, was more cautious. Speaking alongside Vasstrand, he said his government would not accept “a deal that treats our farmers as a bargaining chip,” and that any beef quota below 90,000 tonnes would be “very hard to sell at home.”
Share on X   Share on LinkedIn   Copy link
Behind closed doors, the mood is less upbeat. One EU diplomat, who was granted anonymity to speak about confidential discussions, described the French and Irish positions as “a wall.” “Nobody is going to put their name to extra beef imports six months before a national election,” the diplomat said.
A second diplomat, from a country that backs the deal, was blunter: “If we fail again, Tesaria signs with Asia and we watch from the sidelines.”
The Commission insists it has built in protections. According to a spokesperson for the Directorate-General for Trade, the draft text includes a safeguard clause that would allow tariffs to return “automatically and quickly” if imports surge.
Farmers are not convinced. Agrifront Europe, the umbrella group for EU farm unions, said in a statement that the safeguard was “a paper shield.” Its secretary-general, Ilse Drummond, went further. “The Commission is trading away the livelihoods of family farms for cheaper car exports,” she said. “We will be in the streets of Brussels if this goes through.”
READ MORE: Inside the Commission’s plan to rescue its trade agenda
Carmakers, by contrast, are pushing hard. Tesaria currently charges a 35 percent tariff on imported vehicles, which the agreement would phase out over seven years. “Every month of delay costs European exporters money,” said Joachim Leitner, director-general of the European Automobile Alliance.
The talks also cover a new forum, dubbed the “Green Bridge Partnership,” meant to coordinate lithium mining standards. Vasstrand called it “the most modern chapter we have ever negotiated,” though environmental groups have yet to see the text.
The commissioner is due to brief trade ministers on May 3. Asked whether the deal could be signed this year, Vasstrand smiled. “Ask me in June,” she said.
Want more analysis? Brussels Ledger Pro is our premium policy intelligence service for professionals.""",
    [
        ("We have never been this close,", "Henrike Vasstrand", "Henrike Vasstrand", "told"),
        (
            "What is left is political, not technical, and political problems can be solved in a week if people want to solve them.",
            "Henrike Vasstrand",
            "Henrike Vasstrand",
            "told",
        ),
        (
            "a deal that treats our farmers as a bargaining chip,",
            "Aurelio Banderas Quint",
            ("he said his", "he"),
            "said",
        ),
        (
            "very hard to sell at home.",
            "Aurelio Banderas Quint",
            ("he said his", "he"),
            "said",
        ),
        ("a wall.", "diplomat", "One EU diplomat", "described"),
        (
            "Nobody is going to put their name to extra beef imports six months before a national election,",
            "diplomat",
            "the diplomat",
            "said",
        ),
        (
            "If we fail again, Tesaria signs with Asia and we watch from the sidelines.",
            "diplomat",
            "A second diplomat",
            "was blunter",
        ),
        ("automatically and quickly", "spokesperson", "a spokesperson", "According to"),
        ("a paper shield.", "Agrifront Europe", "Agrifront Europe", "said"),
        (
            "The Commission is trading away the livelihoods of family farms for cheaper car exports,",
            "Ilse Drummond",
            ("she said", "she"),
            "said",
        ),
        (
            "We will be in the streets of Brussels if this goes through.",
            "Ilse Drummond",
            ("she said", "she"),
            "said",
        ),
        (
            "Every month of delay costs European exporters money,",
            "Joachim Leitner",
            "Joachim Leitner",
            "said",
        ),
        (
            "the most modern chapter we have ever negotiated,",
            "Henrike Vasstrand",
            ("Vasstrand called", "Vasstrand"),
            "called",
        ),
        ("Ask me in June,", "Henrike Vasstrand", ("she said", "she"), "said"),
    ],
    ["Green Bridge Partnership,"],
)

article(
    "blind9-en02",
    "en",
    """Okonkwo-Laine stuns top seed, says she 'stopped thinking' in third set

Courtside Sports staff
Jun 2, 2026, 07:48 PM ET

PARIS -- Adaeze Okonkwo-Laine had never beaten a top-five player before Tuesday. By the time she sat down in the main interview room, she had beaten the world No. 1, saved four match points and, by her own admission, forgotten most of it.
"Honestly, I don't remember the last three games," the 22-year-old said, laughing. "I remember the crowd, I remember my coach standing up, and then I was on the floor."
Okonkwo-Laine beat Viktoria Sandell 4-6, 7-6 (9), 7-5 in three hours and eight minutes, the longest women's match of the tournament so far. She is the first qualifier to reach the quarterfinals here since 2011.
Asked when she started believing, she paused. "Maybe at 5-all in the third? Before that I was just trying not to embarrass myself," she said. "Then I stopped thinking. That's when I play my best tennis, when my brain goes quiet."
Sandell, who served for the match twice, did not hide her frustration. "I had it on my racket. Twice," the Swede said. "You can't give a player like her that many chances. She didn't miss a ball for an hour."
Share  |  Tweet  |  Email
The 29-year-old also took aim at the scheduling, which pushed the match past 10 p.m. after rain delays. "It's not an excuse, but we were told one thing at 4 o'clock and another at 7," Sandell said. "The players deserve better communication."
Tournament referee Colm Hennessy defended the decision in a brief statement, saying organizers had "followed the weather protocol to the letter."
Okonkwo-Laine's coach, former doubles specialist Rafael Quintero, said he had told his player before the match to treat it "like a practice set with a bigger audience." "She has the shots. She has always had the shots," Quintero said. "What changed this year is she believes she belongs on these courts."
Okonkwo-Laine, who grew up in Manchester and trains in Valencia, will face Mirela Dascalu for a place in the semifinals. Dascalu, a two-time major finalist, called her next opponent "fearless" in her own news conference earlier in the day.
Asked what she would do to celebrate, Okonkwo-Laine said, "Ice bath. Then pasta. Then, probably, I will cry a little."
RELATED: Dascalu cruises past Mertens in straight sets
Her run is worth at least $480,000 in prize money, more than she had earned in her entire career before this spring. "My mum keeps texting me, 'Don't spend it yet,'" she said. "She knows me."
(Photo by Lena Brauer/Courtside Images)""",
    [
        ("stopped thinking", "Adaeze Okonkwo-Laine", "Okonkwo-Laine", "says"),
        (
            "Honestly, I don't remember the last three games,",
            "Adaeze Okonkwo-Laine",
            "the 22-year-old",
            "said",
        ),
        (
            "I remember the crowd, I remember my coach standing up, and then I was on the floor.",
            "Adaeze Okonkwo-Laine",
            "the 22-year-old",
            "said",
        ),
        (
            "Maybe at 5-all in the third? Before that I was just trying not to embarrass myself,",
            "Adaeze Okonkwo-Laine",
            ("she said", "she"),
            "said",
        ),
        (
            "Then I stopped thinking. That's when I play my best tennis, when my brain goes quiet.",
            "Adaeze Okonkwo-Laine",
            ("she said", "she"),
            "said",
        ),
        ("I had it on my racket. Twice,", "Viktoria Sandell", "the Swede", "said"),
        (
            "You can't give a player like her that many chances. She didn't miss a ball for an hour.",
            "Viktoria Sandell",
            "the Swede",
            "said",
        ),
        (
            "It's not an excuse, but we were told one thing at 4 o'clock and another at 7,",
            "Viktoria Sandell",
            ("Sandell said", "Sandell"),
            "said",
        ),
        (
            "The players deserve better communication.",
            "Viktoria Sandell",
            ("Sandell said", "Sandell"),
            "said",
        ),
        (
            "followed the weather protocol to the letter.",
            "Colm Hennessy",
            "Colm Hennessy",
            "saying",
        ),
        (
            "like a practice set with a bigger audience.",
            "Rafael Quintero",
            "Rafael Quintero",
            "said",
        ),
        (
            "She has the shots. She has always had the shots,",
            "Rafael Quintero",
            ("Quintero said", "Quintero"),
            "said",
        ),
        (
            "What changed this year is she believes she belongs on these courts.",
            "Rafael Quintero",
            ("Quintero said", "Quintero"),
            "said",
        ),
        ("fearless", "Mirela Dascalu", ("Dascalu, a two-time", "Dascalu"), "called"),
        (
            "Ice bath. Then pasta. Then, probably, I will cry a little.",
            "Adaeze Okonkwo-Laine",
            ("Okonkwo-Laine said", "Okonkwo-Laine"),
            "said",
        ),
        (
            "My mum keeps texting me, 'Don't spend it yet,'",
            "Adaeze Okonkwo-Laine",
            ("she said", "she"),
            "said",
        ),
        ("She knows me.", "Adaeze Okonkwo-Laine", ("she said", "she"), "said"),
    ],
)

article(
    "blind9-en03",
    "en",
    """After the Canyon Ridge fire, Alder Valley homeowners can’t find anyone to insure them

BY DANIELA FUENTES-WARD | STAFF WRITER
UPDATED MARCH 18, 2026 6 AM PT

ALDER VALLEY, Calif. — Three weeks after Gary Pettibone’s renewal notice arrived, he was still staring at the number. His premium had jumped from $2,140 to $9,870 a year. A month later, his insurer dropped him altogether.
“I’ve lived in this house for 31 years and never filed a claim,” said Pettibone, a retired machinist. “Now I’m told I’m a bad risk because of which way the wind blows.”
The 67-year-old is one of roughly 4,000 homeowners in the foothill community who have lost coverage since the Canyon Ridge fire burned 38,000 acres here two summers ago, according to county figures.
[Photo: Smoke rises behind homes on Ridgecrest Drive in 2024. (Marco Dellaquila / Coast Ledger)]
Harborline Mutual, which insured about a third of the town, said in a statement that it was “no longer able to responsibly write new policies” in areas where wildfire models show extreme exposure. The company added that it “deeply regrets the disruption to long-standing customers.”
State Insurance Commissioner Lorraine Adebayo-Kent has promised a fix. Her office finalized new rules in January that allow insurers to use forward-looking catastrophe models in exchange for writing more policies in high-risk areas.
“We are asking companies to come back to the table, and we are giving them the tools to price risk honestly,” Adebayo-Kent said at a news conference in Sacramento. “But the bargain has to be kept on both sides.”
Critics say the rules hand too much to the industry. Consumer advocate Dwayne Ostrowski called the models “a black box that only the insurers can open” and warned that premiums could double again within three years.
Sign up for Essential California, our daily newsletter.
The Pacific Property Insurers Council, an industry group, disputed that view. “Rates that reflect reality are what keep a market alive,” its president, Cheryl Nakamura-Price, said. “The alternative is no market at all.”
For now, many residents have turned to the state’s insurer of last resort, which offers bare-bones fire coverage at high cost. An insurance broker in nearby Paso Lindo, who asked not to be named because she still depends on carriers for business, said her office had placed more than 600 clients there in a year. “It used to be a handful. Now it’s half my week,” the broker said.
Some homeowners are trying to prove they are worth insuring. Pettibone has cleared brush, replaced his wooden deck with concrete and signed up for the county’s “Hardened Homes Pledge” program, which gives residents a certificate after an inspection.
Whether any company will accept that certificate is another matter. “I did everything they asked,” he said. “I even took out my wife’s rose bushes, and she hasn’t forgiven me.”
His neighbor across the road, Teresa Villalobos, 54, has not yet lost her policy, but she expects to. “Every letter from the insurer, my hands shake before I open it,” she said.""",
    [
        (
            "I’ve lived in this house for 31 years and never filed a claim,",
            "Gary Pettibone",
            ("said Pettibone", "Pettibone"),
            "said",
        ),
        (
            "Now I’m told I’m a bad risk because of which way the wind blows.",
            "Gary Pettibone",
            ("said Pettibone", "Pettibone"),
            "said",
        ),
        (
            "no longer able to responsibly write new policies",
            "Harborline Mutual",
            "Harborline Mutual",
            "said",
        ),
        (
            "deeply regrets the disruption to long-standing customers.",
            "Harborline Mutual",
            "The company",
            "added",
        ),
        (
            "We are asking companies to come back to the table, and we are giving them the tools to price risk honestly,",
            "Lorraine Adebayo-Kent",
            ("Adebayo-Kent said", "Adebayo-Kent"),
            "said",
        ),
        (
            "But the bargain has to be kept on both sides.",
            "Lorraine Adebayo-Kent",
            ("Adebayo-Kent said", "Adebayo-Kent"),
            "said",
        ),
        (
            "a black box that only the insurers can open",
            "Dwayne Ostrowski",
            "Dwayne Ostrowski",
            "called",
        ),
        (
            "Rates that reflect reality are what keep a market alive,",
            "Cheryl Nakamura-Price",
            "Cheryl Nakamura-Price",
            "said",
        ),
        (
            "The alternative is no market at all.",
            "Cheryl Nakamura-Price",
            "Cheryl Nakamura-Price",
            "said",
        ),
        ("It used to be a handful. Now it’s half my week,", "broker", "the broker", "said"),
        ("I did everything they asked,", "Gary Pettibone", ("he said", "he"), "said"),
        (
            "I even took out my wife’s rose bushes, and she hasn’t forgiven me.",
            "Gary Pettibone",
            ("he said", "he"),
            "said",
        ),
        (
            "Every letter from the insurer, my hands shake before I open it,",
            "Teresa Villalobos",
            ("she said", "she"),
            "said",
        ),
    ],
    ["Hardened Homes Pledge"],
)

article(
    "blind9-en04",
    "en",
    """Scoop: Lumenfold cuts 22% of staff as it bets on AI agents

Nadia Okafor-Quist
Feb 11, 2026 - Technology

Lumenfold, the San Francisco maker of customer-support software, is laying off about 640 employees, or 22% of its workforce, CEO Bram Velasquez told staff Wednesday in a memo obtained by Ledgerline.

Why it matters: It is one of the largest cuts yet by a mid-size software company that explicitly credits its own AI products for making roles redundant.

Driving the news: Velasquez wrote that the company's AI agents now resolve "roughly seven in ten" support tickets without a human.
"I want to be direct with you about why this is happening," he wrote. "It is not because the business is struggling. It is because the product we built does work that used to take hundreds of people."
"Those of you affected are not being let go because of your performance," the memo continued. "You made this company what it is."
• Affected employees will receive 16 weeks of severance and six months of health coverage, according to the memo.
• Most cuts fall on support, sales development and recruiting teams.

What they're saying: A Lumenfold spokesperson confirmed the cuts to Ledgerline and said the company remained "profitable and growing."
• One support team lead, who spoke on condition of anonymity because she had signed a separation agreement, said the news arrived in a 9 a.m. calendar invite titled "Business Update."
• "We spent two years training the bots on our own answers," she told Ledgerline. "Nobody said out loud that we were training our replacements, but everybody knew."

Between the lines: Analysts say investors will reward the move, at least at first.
• "The market wants proof that AI lowers costs, and this is proof," said Priya Castellano, a software analyst at Halvorsen Partners.
• But she cautioned that the savings may be overstated: "Support work does not disappear. Some of it comes back as angry customers and churn."

The other side: The Tech Workers Coalition of the Bay Area called the layoffs "a preview of what every white-collar worker should be worried about."

Flashback: Lumenfold cut 8% of staff in 2024 and launched its "Ada Desk" agent product six months later.

Go deeper: The AI layoff tracker, updated weekly

Subscribe to Ledgerline Pro Tech for more scoops like this.""",
    [
        ("roughly seven in ten", "Bram Velasquez", "Velasquez", "wrote"),
        (
            "I want to be direct with you about why this is happening,",
            "Bram Velasquez",
            ("he wrote", "he"),
            "wrote",
        ),
        (
            "It is not because the business is struggling. It is because the product we built does work that used to take hundreds of people.",
            "Bram Velasquez",
            ("he wrote", "he"),
            "wrote",
        ),
        (
            "Those of you affected are not being let go because of your performance,",
            "Bram Velasquez",
            "the memo",
            "continued",
        ),
        ("You made this company what it is.", "Bram Velasquez", "the memo", "continued"),
        ("profitable and growing.", "spokesperson", "A Lumenfold spokesperson", "said"),
        (
            "We spent two years training the bots on our own answers,",
            "team lead",
            ("she told", "she"),
            "told",
        ),
        (
            "Nobody said out loud that we were training our replacements, but everybody knew.",
            "team lead",
            ("she told", "she"),
            "told",
        ),
        (
            "The market wants proof that AI lowers costs, and this is proof,",
            "Priya Castellano",
            "Priya Castellano",
            "said",
        ),
        (
            "Support work does not disappear. Some of it comes back as angry customers and churn.",
            "Priya Castellano",
            ("she cautioned", "she"),
            "cautioned",
        ),
        (
            "a preview of what every white-collar worker should be worried about.",
            "Tech Workers Coalition of the Bay Area",
            "The Tech Workers Coalition of the Bay Area",
            "called",
        ),
    ],
    ["Business Update.", "Ada Desk"],
)

article(
    "blind9-en05",
    "en",
    """‘We lost everything in one night’: Floods displace 200,000 in southern Marundi

Aid agencies say relief convoys are stuck as roads into the Kesse delta remain under water.

By Hamid Farouk-Sene
Published On 14 Oct 2026

Sabou, Marundi – Ramatou Idrissa-Kane stood knee-deep in brown water outside what was left of her mud-brick home, pointing at the tin roof that now rested on the ground.
“We lost everything in one night. The goats, the rice, the children’s school books,” the 41-year-old mother of five told The Meridian through a translator. “The water came while we were sleeping.”
Days of torrential rain last week pushed the Kesse River over its banks, flooding more than 300 villages across three provinces, according to Marundi’s National Disaster Management Agency. At least 87 people have died and dozens remain missing.
The agency said in a statement on Monday that 212,000 people had been displaced and that “the full scale of the damage is not yet known.”
Minister of Humanitarian Affairs Oumar Sidibé-Lanza, who flew over the area by helicopter on Sunday, said the government had released emergency funds. “No family will be left alone. The state is here, and it will stay,” he told reporters in the provincial capital, Dorro.
But residents in Sabou said they had seen no official aid. “We hear the helicopter, but nothing falls from it,” said Moussa Bangoura, a village elder, gesturing at the sky.
A woman wades through floodwaters in Sabou on October 12 [Kito Amani/The Meridian]
Relief agencies say access is the main problem. The only paved road into the delta has been cut in four places, and boats are in short supply.
“We have food and medicine sitting in warehouses in Dorro, forty kilometres away, and we cannot get it to the people who need it,” said Aminata Folly, country director for the aid group Hands Across Borders. “Every day we wait, the risk of cholera goes up.”
The United Nations’ World Food Relief Office warned at a briefing in Geneva that the floods had struck “at the worst possible moment,” just weeks before the harvest. A spokesman for the office, Jens Mikkelsen, said food stocks in the region would last “perhaps ten days.”
Continue reading below
Climate scientists have linked increasingly erratic rainy seasons in the region to rising temperatures. Dr Fatoumata Keïta, a hydrologist at the University of Dorro, said floods that used to come “once in a generation” now arrive every few years.
“Our drainage systems were built for the climate of the 1970s,” she said. “That climate is gone.”
The opposition has accused the government of ignoring warnings. Lawmaker Ibrahim Touré-Basse called the state of the Kesse embankments “a scandal foretold” and demanded a parliamentary inquiry.
A government official, speaking on condition of anonymity because he was not authorised to talk to the media, acknowledged that repair work had been delayed by budget cuts. “The money was promised, then it went elsewhere,” the official said.
Back in Sabou, Idrissa-Kane was waiting for a boat to take her children to a school now used as a shelter. Asked what she needed most, she replied without hesitation: “Clean water. Only clean water, and then we will manage the rest.”
Source: The Meridian""",
    [
        ("We lost everything in one night", "Ramatou Idrissa-Kane", None, None),
        (
            "We lost everything in one night. The goats, the rice, the children’s school books,",
            "Ramatou Idrissa-Kane",
            "the 41-year-old",
            "told",
        ),
        (
            "The water came while we were sleeping.",
            "Ramatou Idrissa-Kane",
            "the 41-year-old",
            "told",
        ),
        (
            "the full scale of the damage is not yet known.",
            "National Disaster Management Agency",
            "The agency",
            "said",
        ),
        (
            "No family will be left alone. The state is here, and it will stay,",
            "Oumar Sidibé-Lanza",
            ("he told", "he"),
            "told",
        ),
        (
            "We hear the helicopter, but nothing falls from it,",
            "Moussa Bangoura",
            "Moussa Bangoura",
            "said",
        ),
        (
            "We have food and medicine sitting in warehouses in Dorro, forty kilometres away, and we cannot get it to the people who need it,",
            "Aminata Folly",
            "Aminata Folly",
            "said",
        ),
        (
            "Every day we wait, the risk of cholera goes up.",
            "Aminata Folly",
            "Aminata Folly",
            "said",
        ),
        (
            "at the worst possible moment,",
            "World Food Relief Office",
            "The United Nations’ World Food Relief Office",
            "warned",
        ),
        ("perhaps ten days.", "Jens Mikkelsen", "Jens Mikkelsen", "said"),
        ("once in a generation", "Fatoumata Keïta", "Fatoumata Keïta", "said"),
        (
            "Our drainage systems were built for the climate of the 1970s,",
            "Fatoumata Keïta",
            ("she said", "she"),
            "said",
        ),
        ("That climate is gone.", "Fatoumata Keïta", ("she said", "she"), "said"),
        ("a scandal foretold", "Ibrahim Touré-Basse", "Ibrahim Touré-Basse", "called"),
        (
            "The money was promised, then it went elsewhere,",
            "official",
            "the official",
            "said",
        ),
        (
            "Clean water. Only clean water, and then we will manage the rest.",
            "Ramatou Idrissa-Kane",
            ("she replied", "she"),
            "replied",
        ),
    ],
)

article(
    "blind9-en06",
    "en",
    """The last observer on Mount Kellagh

For 41 years, Agnes Rooney-Strand climbed to a stone hut twice a day to write down the weather. Then a machine took over her job. I went up to meet her before she came down for good.

Tomás Whelan-Bright
Sat 7 Nov 2026 07.00 GMT

The path to the summit station starts behind a pub that no longer serves food, and it does not so much climb as argue with the mountain. By the time I reached the hut I was soaked and out of breath. Agnes Rooney-Strand, who is 73, was waiting at the door with a flask.
“You came up the wrong side,” she said, by way of hello. “Everyone does, the first time.”
By her own count she has made the climb more than 28,000 times, in snow, in fog, and once, in 1994, in a wind she still calls the worst day of her life. Her records, kept in pencil in green ledgers, form one of the longest unbroken hand-written weather series in the country.
“The first winter,” she told me, pouring the tea, “I cried every night. The second winter I stopped noticing the cold.”
Last spring the Northern Isles Meteorological Service installed an automatic station fifty metres from the hut. In a statement, the service said the new equipment would deliver readings “every minute rather than twice a day” and thanked Rooney-Strand for “an extraordinary contribution to the national record.”
She is not bitter, or says she isn’t. “The machine is very good,” she said. “It doesn’t get the flu and it doesn’t need a lift to the dentist.”
Photograph: Agnes Rooney-Strand in the summit hut in October. Photograph: Niamh Corcoran
Down in the village, Declan Furey, who runs the Kellagh Arms, has known her since they were at school together. “She’s the only person I ever let pay her tab in weather forecasts,” he joked. Then, more seriously: “When she stops going up, something in this place stops too.”
Scientists say her ledgers are more than a curiosity. Dr Kieran Mbeki-Doyle, a climatologist at Westport University, described them as “a national treasure hiding in a shed.” According to Mbeki-Doyle, human observations help researchers check whether automatic instruments drift over the decades. “The instruments drift,” he said. “Agnes didn’t.”
A small local publisher has asked her to turn the ledgers into a book, provisionally titled “Twice a Day”. She has not said yes.
When I asked what she would miss, she took a long time to answer. Then she spoke for several minutes without stopping, and I have left her words as she said them.
“People think it’s lonely up here. It isn’t. You have the ravens, you have the sheep, you have the walkers who come up in the wrong shoes and need a cup of tea.
“What I’ll miss is the sky changing its mind. You look west in the morning and you know, you just know, what the afternoon will be. The machine will know too, I suppose. But it won’t enjoy it.
“And I’ll miss writing it down. Forty-one years of my handwriting in those ledgers. Somebody should read them one day.”
Then she stood up, checked the barometer out of habit, and wrote a number in the book.
Support our journalism: become a member from £5 a month.""",
    [
        ("You came up the wrong side,", "Agnes Rooney-Strand", ("she said, by", "she"), "said"),
        (
            "Everyone does, the first time.",
            "Agnes Rooney-Strand",
            ("she said, by", "she"),
            "said",
        ),
        ("The first winter,", "Agnes Rooney-Strand", ("she told me", "she"), "told"),
        (
            "I cried every night. The second winter I stopped noticing the cold.",
            "Agnes Rooney-Strand",
            ("she told me", "she"),
            "told",
        ),
        (
            "every minute rather than twice a day",
            "Northern Isles Meteorological Service",
            "the service",
            "said",
        ),
        (
            "an extraordinary contribution to the national record.",
            "Northern Isles Meteorological Service",
            "the service",
            "thanked",
        ),
        ("The machine is very good,", "Agnes Rooney-Strand", ("she said.", "she"), "said"),
        (
            "It doesn’t get the flu and it doesn’t need a lift to the dentist.",
            "Agnes Rooney-Strand",
            ("she said.", "she"),
            "said",
        ),
        (
            "She’s the only person I ever let pay her tab in weather forecasts,",
            "Declan Furey",
            ("he joked", "he"),
            "joked",
        ),
        (
            "When she stops going up, something in this place stops too.",
            "Declan Furey",
            ("he joked", "he"),
            None,
        ),
        (
            "a national treasure hiding in a shed.",
            "Kieran Mbeki-Doyle",
            "Kieran Mbeki-Doyle",
            "described",
        ),
        ("The instruments drift,", "Kieran Mbeki-Doyle", ("he said", "he"), "said"),
        ("Agnes didn’t.", "Kieran Mbeki-Doyle", ("he said", "he"), "said"),
        (
            "People think it’s lonely up here. It isn’t. You have the ravens, you have the sheep, you have the walkers who come up in the wrong shoes and need a cup of tea.",
            "Agnes Rooney-Strand",
            ("she spoke", "she"),
            "spoke",
        ),
        (
            "What I’ll miss is the sky changing its mind. You look west in the morning and you know, you just know, what the afternoon will be. The machine will know too, I suppose. But it won’t enjoy it.",
            "Agnes Rooney-Strand",
            ("she spoke", "she"),
            "spoke",
        ),
        (
            "And I’ll miss writing it down. Forty-one years of my handwriting in those ledgers. Somebody should read them one day.",
            "Agnes Rooney-Strand",
            ("she spoke", "she"),
            "spoke",
        ),
    ],
    ["Twice a Day"],
)

article(
    "blind9-en07",
    "en",
    """Capybaras on the loose: police urge public not to approach escaped animals

Three capybaras got out of Thornbury Wildlife Park after a gate was left unlocked

By Ellie Marchbanks, Local Democracy Reporter
14:32, 22 AUG 2026 | Updated 16:05, 22 AUG 2026

Three capybaras are on the run in Thornbury after escaping from a wildlife park on Friday morning.
The animals, named Pip, Squeak and Doris, slipped out of their enclosure at Thornbury Wildlife Park shortly after 8am, when a gate was left unlocked during feeding.
Wessex Vale Police said officers were helping park staff with the search. In a post on social media, the force said: 'Please do not approach or try to catch the animals. They are not dangerous but they are easily frightened.'
Park director Simon Achterberg said he was 'mortified' by the escape and apologised to residents. 'We have strict procedures and on this occasion they were not followed,' he said. 'That is on us, not on the keeper, who is absolutely heartbroken.'
The 58-year-old, who has run the park for 19 years, added: 'Capybaras are social animals. They will want to stay together and they will want to be near water, so we are concentrating on the brook.'
Residents have been sharing sightings on a community Facebook group. Jackie Penhaligon, 44, said she spotted the trio in her back garden on Mill Lane at about 10am.
'I thought they were very big guinea pigs,' she told the Echo. 'My husband came out and said "those aren't guinea pigs, Jackie", and by then they'd gone under the fence.'
READ MORE: Thornbury bypass roadworks to last until Christmas
Another neighbour, who did not want to be named, said the animals had eaten 'half my courgettes' before wandering towards the playing fields.
Children at the nearby Brookside Primary holiday club were kept indoors as a precaution. Headteacher Marion Oduya said: 'The children are very excited, to be honest. We've had more questions about capybaras today than about anything else all summer.'
Dr Harriet Lowe, a vet who specialises in exotic animals, said the capybaras were unlikely to come to harm in warm weather. 'Their biggest danger is traffic,' she said. 'If you see one near a road, call the park rather than trying to herd it yourself.'
The park, home to around 200 animals including meerkats and red pandas, will stay closed on Saturday. A spokesperson for South Gloucester District Council said its environmental health team was 'in contact with the park and monitoring the situation'.
By late afternoon, Doris had been recaptured near the brook. 'One down, two to go,' Mr Achterberg said.
Sign up to the Thornbury Echo daily newsletter here""",
    [
        (
            "Please do not approach or try to catch the animals. They are not dangerous but they are easily frightened.",
            "Wessex Vale Police",
            "the force",
            "said",
        ),
        ("mortified", "Simon Achterberg", "Simon Achterberg", "said"),
        (
            "We have strict procedures and on this occasion they were not followed,",
            "Simon Achterberg",
            ("he said", "he"),
            "said",
        ),
        (
            "That is on us, not on the keeper, who is absolutely heartbroken.",
            "Simon Achterberg",
            ("he said", "he"),
            "said",
        ),
        (
            "Capybaras are social animals. They will want to stay together and they will want to be near water, so we are concentrating on the brook.",
            "Simon Achterberg",
            "The 58-year-old",
            "added",
        ),
        (
            "I thought they were very big guinea pigs,",
            "Jackie Penhaligon",
            ("she told", "she"),
            "told",
        ),
        (
            "My husband came out and said \"those aren't guinea pigs, Jackie\", and by then they'd gone under the fence.",
            "Jackie Penhaligon",
            ("she told", "she"),
            "told",
        ),
        ("half my courgettes", "neighbour", "Another neighbour", "said"),
        (
            "The children are very excited, to be honest. We've had more questions about capybaras today than about anything else all summer.",
            "Marion Oduya",
            "Marion Oduya",
            "said",
        ),
        ("Their biggest danger is traffic,", "Harriet Lowe", ("she said", "she"), "said"),
        (
            "If you see one near a road, call the park rather than trying to herd it yourself.",
            "Harriet Lowe",
            ("she said", "she"),
            "said",
        ),
        (
            "in contact with the park and monitoring the situation",
            "spokesperson",
            "A spokesperson",
            "said",
        ),
        ("One down, two to go,", "Simon Achterberg", "Mr Achterberg", "said"),
    ],
)

article(
    "blind9-en08",
    "en",
    """Harwick Museum agrees to return Ossari bronzes after 130 years

Trustees vote to hand back 23 sculptures taken in 1897, reversing a decision made only two years ago

Ruth Abernathy-Cole, Arts correspondent
Thu 3 Dec 2026 17.20 GMT

The Harwick Museum in Castlebridge will return 23 bronze sculptures to the Republic of Ossara, more than 130 years after they were removed from the royal palace at Kumeni by a British military expedition.
The museum’s board of trustees voted on Wednesday night to transfer ownership of the sculptures, which include the celebrated “Queen Mother of Kumeni” head, to Ossara’s National Commission for Museums.
“This is the right decision, and it is long overdue,” said the museum’s director, Dr Felicity Armstrong-Vale. “We were wrong in 2024 to say that the law prevented us from acting. The law was an excuse.”
Two years ago the same board rejected a formal request from Ossara, arguing in a statement that it held the collection “in trust for the public of the world.” Armstrong-Vale, who took over as director last year, said that position had become “impossible to defend, morally or practically.”
Ossara’s minister of culture, Chidera Obuya-Manse, welcomed the vote. “Our grandchildren will see these works in the place where they were made,” she said in a video message. “That is what justice looks like. Not an apology — a return.”
A bronze plaque from the Kumeni palace on display in Castlebridge. Photograph: Joel Ramsbottom for the Chronicle
The sculptures will travel to Ossara next autumn and will be shown in a new national gallery in the capital, Lurah. Some may come back to Castlebridge on loan. “We have always said we are open to sharing, as long as sharing starts from ownership,” said the director of the National Commission for Museums, Kwabena Sarfo-Aidoo.
Not everyone approves. Sir Geoffrey Pelham, a former trustee, said the decision set “a dangerous precedent” for British collections. “If every object with a contested history leaves, the great museums of this country will be empty rooms,” he told the Chronicle. “Is that what anyone wants?”
Campaigners who have pressed for the return for more than a decade were jubilant. “We did it,” said Naomi Asante-Freeman of the group Bring Them Home, speaking outside the museum. “Generations of people asked, and were told no, and kept asking.”
The museum said its current exhibition, “Empire and Object: Stories from the Stores”, would stay open until the bronzes leave, with new labels explaining their history.
A spokesperson for the Department for Culture said the government “respects the independence of museum trustees” and would not intervene.
Read more: The long road home: how other museums have handled restitution
Armstrong-Vale said staff had been moved by the vote. “Some of our curators have studied these bronzes for their whole careers,” she said, “and every one of them supported sending them home.”
Explore more on these topics: Museums · Art and design · Colonialism""",
    [
        (
            "This is the right decision, and it is long overdue,",
            "Felicity Armstrong-Vale",
            "Felicity Armstrong-Vale",
            "said",
        ),
        (
            "We were wrong in 2024 to say that the law prevented us from acting. The law was an excuse.",
            "Felicity Armstrong-Vale",
            "Felicity Armstrong-Vale",
            "said",
        ),
        ("in trust for the public of the world.", "board", "the same board", "arguing"),
        (
            "impossible to defend, morally or practically.",
            "Felicity Armstrong-Vale",
            ("Armstrong-Vale, who took", "Armstrong-Vale"),
            "said",
        ),
        (
            "Our grandchildren will see these works in the place where they were made,",
            "Chidera Obuya-Manse",
            ("she said in a video", "she"),
            "said",
        ),
        (
            "That is what justice looks like. Not an apology — a return.",
            "Chidera Obuya-Manse",
            ("she said in a video", "she"),
            "said",
        ),
        (
            "We have always said we are open to sharing, as long as sharing starts from ownership,",
            "Kwabena Sarfo-Aidoo",
            "Kwabena Sarfo-Aidoo",
            "said",
        ),
        ("a dangerous precedent", "Geoffrey Pelham", "Geoffrey Pelham", "said"),
        (
            "If every object with a contested history leaves, the great museums of this country will be empty rooms,",
            "Geoffrey Pelham",
            ("he told", "he"),
            "told",
        ),
        ("Is that what anyone wants?", "Geoffrey Pelham", ("he told", "he"), "told"),
        ("We did it,", "Naomi Asante-Freeman", "Naomi Asante-Freeman", "said"),
        (
            "Generations of people asked, and were told no, and kept asking.",
            "Naomi Asante-Freeman",
            "Naomi Asante-Freeman",
            "said",
        ),
        (
            "respects the independence of museum trustees",
            "spokesperson",
            "A spokesperson",
            "said",
        ),
        (
            "Some of our curators have studied these bronzes for their whole careers,",
            "Felicity Armstrong-Vale",
            ("she said,", "she"),
            "said",
        ),
        (
            "and every one of them supported sending them home.",
            "Felicity Armstrong-Vale",
            ("she said,", "she"),
            "said",
        ),
    ],
    ["Queen Mother of Kumeni", "Empire and Object: Stories from the Stores"],
)

if __name__ == "__main__":
    SET.write(Path(__file__).with_name("blind9_en.jsonl"), WORDS_RANGE)
