# ruff: noqa: E501, RUF001
# Prose articles with typographic quotation marks: the long lines and the marks are the data.
"""Builds blind12_en.jsonl: a twelfth-round blind English quotation set (written for depeche, CC0).

Written blind by a helper for depeche, who never read the quotes code nor its scores, so that
its score is an honest estimate of how ``depeche.quotes`` does on English news text nobody tuned
it on. Every story, person, place and organisation is invented. Beats: a baby-formula recall
(company statement, regulator, pediatrician, parents), a sovereign debt restructuring (finance
minister, bondholders on background, IMF statement), a boxing weigh-in (trash talk, promoter,
interrupted quotes, straight marks), a magazine profile of a sign painter (a three-paragraph
quote with inner single quotes and curly apostrophes), a local paper on stolen beehives
(headline quote in single marks), a wire story on a coup attempt (government spokesman, rebels'
communiqué, anonymous witnesses, a diplomat), a tech blog on a data breach (CEO blog post,
researcher, straight marks with inner single quotes) and a British regional paper on a rare bird
drawing crowds (single marks with inner double ones). Product names, nicknames, programmes,
appeals and a password in marks are not speech: they are listed as non-quotes.
Gold conventions are those of build_dev.py.

Do not tune the extractor on this file: it measures, it does not teach. Run
``python tests/data/quotes/build_blind12_en.py`` after editing.
"""

from __future__ import annotations

from pathlib import Path

from build_dev import ArticleSet

SET = ArticleSet()
article = SET.article
WORDS_RANGE = (300, 650)


article(
    "blind12-en01",
    "en",
    """Maple Crest recalls 1.2 million cans of infant formula over bacteria fears

By Dana Whitfield and Marcus Oyelaran
Nov. 14, 2026, 6:42 PM EST / Updated Nov. 14, 2026, 9:15 PM EST

Maple Crest Nutrition is recalling about 1.2 million cans of powdered infant formula after routine testing at its plant in Dunmore, Ohio, found traces of Cronobacter bacteria, the company said Thursday.
“Out of an abundance of caution, we are asking parents to stop using the affected lots immediately,” the company said in a statement. “No illnesses have been confirmed, and the safety of infants is our first priority.”
The recall covers 14 lots of Maple Crest Gentle Start and Maple Crest Sensitive sold in 22 states between August and October. The lot numbers are printed on the bottom of each can.
A can of Maple Crest formula on a store shelf in Columbus, Ohio. Ruth Ambler / NBC News
The Food and Drug Administration said it was “working closely with the company” to trace the source of the contamination and would update its website as more information became available.
Dr. Priya Raghunathan, a pediatrician at Lakeview Children’s Hospital in Cleveland, said parents should not panic. “If your baby is feeding normally and has no fever, there is no reason to rush to the emergency room,” she told NBC News. “But check the lot number on the bottom of the can tonight, not tomorrow.”
Read more: What parents need to know about Cronobacter
For parents who struggled through the shortage of 2022, the news landed hard. “I literally have two cans of it in my pantry right now,” said Tamsin Okafor, 29, a mother of twins in Toledo. “You do everything right and you still end up searching bacteria names at midnight.”
Another parent, Brent Haskell of Fort Wayne, Indiana, said he had called the company’s hotline three times Thursday afternoon. “Nobody picked up,” he said.
Maple Crest’s chief executive, Gordon Liddell, apologized in a video posted on the company’s website. “We let families down, and I am sorry,” Liddell said, adding that the hotline would be staffed around the clock starting Friday.
The recall comes six months after the company launched its “Grow Strong” advertising campaign, which promised parents formula “made with the care of a family kitchen.” The campaign has since been pulled from the company’s social media accounts.
Share this — Facebook Twitter Email Print
Consumer advocates were less forgiving. Harriet Quist, director of the food safety program at the Center for Family Health Policy, called the recall “a warning light that has been blinking for two years.”
“The FDA inspected that plant in March and flagged sanitation problems,” Quist said. “Those reports are public. Anyone could have read them.”
An FDA spokesperson, asked about the March inspection, said the agency did not comment on ongoing investigations.
Parents who bought affected cans can return them to the store where they were purchased. The company said refunds would be issued “no questions asked.”
Sign up for the NBC News Health newsletter to get the latest recalls in your inbox.""",
    [
        (
            "Out of an abundance of caution, we are asking parents to stop using the affected lots immediately,",
            "Maple Crest Nutrition",
            ("the company said in a statement", "the company"),
            ("the company said in a statement", "said"),
        ),
        (
            "No illnesses have been confirmed, and the safety of infants is our first priority.",
            "Maple Crest Nutrition",
            ("the company said in a statement", "the company"),
            ("the company said in a statement", "said"),
        ),
        (
            "working closely with the company",
            "Food and Drug Administration",
            "The Food and Drug Administration",
            ("Administration said it", "said"),
        ),
        (
            "If your baby is feeding normally and has no fever, there is no reason to rush to the emergency room,",
            "Priya Raghunathan",
            ("she told NBC News", "she"),
            ("she told NBC News", "told"),
        ),
        (
            "But check the lot number on the bottom of the can tonight, not tomorrow.",
            "Priya Raghunathan",
            ("she told NBC News", "she"),
            ("she told NBC News", "told"),
        ),
        (
            "I literally have two cans of it in my pantry right now,",
            "Tamsin Okafor",
            "Tamsin Okafor",
            ("said Tamsin Okafor", "said"),
        ),
        (
            "You do everything right and you still end up searching bacteria names at midnight.",
            "Tamsin Okafor",
            "Tamsin Okafor",
            ("said Tamsin Okafor", "said"),
        ),
        (
            "Nobody picked up,",
            "Brent Haskell",
            ("picked up,” he said", "he"),
            ("picked up,” he said", "said"),
        ),
        (
            "We let families down, and I am sorry,",
            "Gordon Liddell",
            ("Liddell said, adding", "Liddell"),
            ("Liddell said, adding", "said"),
        ),
        (
            "made with the care of a family kitchen.",
            "Maple Crest Nutrition",
            ("the company launched", "the company"),
            ("which promised", "promised"),
        ),
        (
            "a warning light that has been blinking for two years.",
            "Harriet Quist",
            "Harriet Quist",
            ("called the recall", "called"),
        ),
        (
            "The FDA inspected that plant in March and flagged sanitation problems,",
            "Harriet Quist",
            ("Quist said", "Quist"),
            ("Quist said", "said"),
        ),
        (
            "Those reports are public. Anyone could have read them.",
            "Harriet Quist",
            ("Quist said", "Quist"),
            ("Quist said", "said"),
        ),
        (
            "no questions asked.",
            "Maple Crest Nutrition",
            ("The company said refunds", "The company"),
            ("The company said refunds", "said"),
        ),
    ],
    ["Grow Strong"],
)

article(
    "blind12-en02",
    "en",
    """Taravia strikes deal with bondholders to restructure $9.4bn of debt

Creditors accept 37% haircut after 14 months of talks that shut the Andean state out of markets

Leonie Marchetti in London and Tomás Eguren in San Aurelio
Published 2 hours ago

Copy link | Save | Print

Taravia has reached an agreement in principle with its largest private creditors to restructure $9.4bn of defaulted dollar bonds, ending more than a year of talks that had left the country unable to borrow on international markets.
The deal, which imposes a 37 per cent haircut on the face value of the bonds, was announced late on Tuesday by finance minister Aurelio Santangel, who called it “the end of the longest winter in our economic history”.
“We asked our creditors to share the pain, and in the end they did,” Santangel told the Financial Times in an interview at the ministry. “Nobody walks away from this table happy. That is usually the sign of a fair deal.”
The ad hoc committee of bondholders, which includes several large US asset managers and holds about 45 per cent of the outstanding bonds, said in a statement that the agreement “provides a credible path back to sustainability”.
But people involved in the negotiations described a bruising process. “There were at least three moments when we thought it was dead,” said one bondholder, who spoke on condition of anonymity because the talks were confidential. “The government kept moving the goalposts on the warrants.”
The GDP-linked warrants, which pay out more if Taravia’s economy grows faster than forecast, were the last sticking point. Another person close to the process said the government had initially wanted to cap payments at a level creditors regarded as “meaningless”.
© Ana Quispe/Westline Images
Recommended: Emerging market bonds rally as investors bet on rate cuts
The IMF, which approved a $2.1bn lending programme for Taravia in March, welcomed the agreement. “This is an important step towards restoring debt sustainability and will allow the authorities to focus on reforms that protect the most vulnerable,” the fund said in a statement.
The programme is tied to the government’s austerity package, known as “Plan Horizonte”, which raises fuel prices and freezes public sector hiring until 2028.
Taravia’s bonds rose about 3 cents on the dollar on Wednesday. Mirela Dobrev, head of sovereign research at Harlow Capital, said the haircut was “less brutal than some feared but more than anyone in government wanted to admit”.
“The real question is whether they can hit the fiscal targets,” she said. “The restructuring buys them time. It doesn’t buy them credibility.”
At home, the deal drew fire. Senator Rosalba Quenta, who leads the opposition Movimiento Cívico, said the agreement “mortgages the next generation”. She told a press conference in the capital: “The minister celebrates a haircut while our hospitals cannot buy gauze.”
Santangel dismissed the criticism. “The senator knows perfectly well that without this deal there would be no money for gauze or for anything else,” he said.
The agreement must still be approved by Taravia’s congress and by holders of at least two-thirds of the bonds.""",
    [
        (
            "the end of the longest winter in our economic history",
            "Aurelio Santangel",
            "Aurelio Santangel",
            ("who called it", "called"),
        ),
        (
            "We asked our creditors to share the pain, and in the end they did,",
            "Aurelio Santangel",
            ("Santangel told the Financial Times", "Santangel"),
            ("Santangel told the Financial Times", "told"),
        ),
        (
            "Nobody walks away from this table happy. That is usually the sign of a fair deal.",
            "Aurelio Santangel",
            ("Santangel told the Financial Times", "Santangel"),
            ("Santangel told the Financial Times", "told"),
        ),
        (
            "provides a credible path back to sustainability",
            "ad hoc committee of bondholders",
            "The ad hoc committee of bondholders",
            ("said in a statement that the agreement", "said"),
        ),
        (
            "There were at least three moments when we thought it was dead,",
            "bondholder",
            "one bondholder",
            ("said one bondholder", "said"),
        ),
        (
            "The government kept moving the goalposts on the warrants.",
            "bondholder",
            "one bondholder",
            None,
        ),
        (
            "meaningless",
            "person",
            "Another person close to the process",
            ("the process said", "said"),
        ),
        (
            "This is an important step towards restoring debt sustainability and will allow the authorities to focus on reforms that protect the most vulnerable,",
            "IMF",
            ("the fund said in a statement", "the fund"),
            ("the fund said in a statement", "said"),
        ),
        (
            "less brutal than some feared but more than anyone in government wanted to admit",
            "Mirela Dobrev",
            "Mirela Dobrev",
            ("Capital, said", "said"),
        ),
        (
            "The real question is whether they can hit the fiscal targets,",
            "Mirela Dobrev",
            ("she said", "she"),
            ("she said", "said"),
        ),
        (
            "The restructuring buys them time. It doesn’t buy them credibility.",
            "Mirela Dobrev",
            ("she said", "she"),
            ("she said", "said"),
        ),
        (
            "mortgages the next generation",
            "Rosalba Quenta",
            "Rosalba Quenta",
            ("Cívico, said", "said"),
        ),
        (
            "The minister celebrates a haircut while our hospitals cannot buy gauze.",
            "Rosalba Quenta",
            ("She told a press conference", "She"),
            ("She told a press conference", "told"),
        ),
        (
            "The senator knows perfectly well that without this deal there would be no money for gauze or for anything else,",
            "Aurelio Santangel",
            ("else,” he said", "he"),
            ("else,” he said", "said"),
        ),
    ],
    ["Plan Horizonte"],
)

article(
    "blind12-en03",
    "en",
    """Pryce and Vasquez-Holt trade insults at fiery weigh-in as both make weight

By Callum Redfern, Boxing Reporter
Friday 13 November 2026 20:14, UK

Devon "Dynamite" Pryce and Mateo Vasquez-Holt had to be pulled apart by security at Friday's weigh-in in Sheffield after a face-off that lasted barely three seconds before the shoving started.
Pryce came in at 159lb 12oz and Vasquez-Holt at 159lb 8oz for Saturday's WBF middleweight title fight at the Steelyard Arena, both comfortably inside the limit.
"He's been talking for six months, tomorrow he finds out what talking gets you," Pryce said as he stepped off the scales. "I'm going to put him to sleep inside six rounds. Write that down."
Vasquez-Holt, the 31-year-old champion who has never been stopped in 27 professional fights, laughed off the prediction.
"Six rounds? He couldn't go six rounds with his own shadow," said the champion. "I've heard all this before. Everybody's a knockout artist on a Friday."
"I respect his team," Vasquez-Holt added, "but I don't respect him. There's a difference."
Share: Facebook Twitter WhatsApp Email
Promoter Lenny Saltonstall, who has worked with both fighters, said the scuffle was "exactly what you don't want and exactly what sells tickets".
"Look, I've told them both, keep your hands to yourselves until the bell," he told Sky Sports. "After that you can do what you like."
The Northern Boxing Commission said it would review footage of the incident but did not expect to impose sanctions. "Both boxers have been reminded of their obligations under our rules," a commission spokesperson said.
Read more: Saturday's full undercard and ring-walk times
Pryce's trainer, Glen Harrowby, insisted his fighter had "never been in better shape" despite reports of a disrupted camp.
"We had a rough camp in the summer, I won't lie to you, but the last eight weeks he's been a different animal," the 58-year-old said.
The fight tops a bill promoted as "Steel City Showdown", with the vacant British light-heavyweight title on the undercard. Around 11,000 tickets have been sold, according to the arena.
Asked on his way out whether he had a message for Pryce, the champion paused at the door.
"Get some sleep," he said. "You're going to need it."
Watch Pryce vs Vasquez-Holt live on Sky Sports Box Office from 7pm on Saturday.""",
    [
        (
            "He's been talking for six months, tomorrow he finds out what talking gets you,",
            "Devon Pryce",
            ("Pryce said as he stepped", "Pryce"),
            ("Pryce said as he stepped", "said"),
        ),
        (
            "I'm going to put him to sleep inside six rounds. Write that down.",
            "Devon Pryce",
            ("Pryce said as he stepped", "Pryce"),
            ("Pryce said as he stepped", "said"),
        ),
        (
            "Six rounds? He couldn't go six rounds with his own shadow,",
            "Mateo Vasquez-Holt",
            ("said the champion", "the champion"),
            ("said the champion", "said"),
        ),
        (
            "I've heard all this before. Everybody's a knockout artist on a Friday.",
            "Mateo Vasquez-Holt",
            ("said the champion", "the champion"),
            ("said the champion", "said"),
        ),
        (
            "I respect his team,",
            "Mateo Vasquez-Holt",
            ("Vasquez-Holt added", "Vasquez-Holt"),
            ("Vasquez-Holt added", "added"),
        ),
        (
            "but I don't respect him. There's a difference.",
            "Mateo Vasquez-Holt",
            ("Vasquez-Holt added", "Vasquez-Holt"),
            ("Vasquez-Holt added", "added"),
        ),
        (
            "exactly what you don't want and exactly what sells tickets",
            "Lenny Saltonstall",
            "Lenny Saltonstall",
            ("both fighters, said", "said"),
        ),
        (
            "Look, I've told them both, keep your hands to yourselves until the bell,",
            "Lenny Saltonstall",
            ("he told Sky Sports", "he"),
            ("he told Sky Sports", "told"),
        ),
        (
            "After that you can do what you like.",
            "Lenny Saltonstall",
            ("he told Sky Sports", "he"),
            ("he told Sky Sports", "told"),
        ),
        (
            "Both boxers have been reminded of their obligations under our rules,",
            "spokesperson",
            "a commission spokesperson",
            ("spokesperson said", "said"),
        ),
        (
            "never been in better shape",
            "Glen Harrowby",
            "Glen Harrowby",
            "insisted",
        ),
        (
            "We had a rough camp in the summer, I won't lie to you, but the last eight weeks he's been a different animal,",
            "Glen Harrowby",
            ("the 58-year-old said", "the 58-year-old"),
            ("the 58-year-old said", "said"),
        ),
        (
            "Get some sleep,",
            "Mateo Vasquez-Holt",
            ('sleep," he said', "he"),
            ('sleep," he said', "said"),
        ),
        (
            "You're going to need it.",
            "Mateo Vasquez-Holt",
            ('sleep," he said', "he"),
            ('sleep," he said', "said"),
        ),
    ],
    ["Dynamite", "Steel City Showdown"],
)

article(
    "blind12-en04",
    "en",
    """The Last Letterer

In a town that has forgotten what its storefronts used to say, Ines Vorhaus still paints them by hand.

By Miriam Ashgrove
November 16, 2026

Save this story

Ines Vorhaus keeps her brushes in coffee cans, bristles up, the way her father did. Her studio, a former tire shop on the east end of Marlow Falls, smells of turpentine and burned toast. She is seventy-one, and for most of the past five decades she has been the only person within a hundred miles who letters signs the old way: freehand, in enamel, on glass and wood and the doors of delivery trucks.
“People think the hard part is the letters,” she told me on a gray morning in October, as she mixed a batch of enamel the color of a fire engine. “The hard part is the spacing. Anybody can make an A. Knowing how far the A should sit from the V, that takes thirty years.”
When I asked her how she had learned, she set down the brush and told me the story.
“My father never taught me anything on purpose. He would be lettering a truck door and I would be sitting on an upturned bucket, and if I asked a question he would say, ‘Watch the brush, not me.’ That was the whole lesson, for years.
“When he got sick, in 1979, there was a job half done on the window of Kessler’s Pharmacy. I finished it. I was twenty-four and terrified, and the K was too fat, and old Mr. Kessler looked at it for a long time and said, ‘That’ll do.’ It’s the best review I’ve ever had.
“After that, people just kept calling. Nobody asked whether I was a girl or a boy. They asked whether I could come on Tuesday.”
Illustration by Teodor Marsh
Her best-known work is “Harvest at the Mill,” a forty-foot mural on the side of the old grain elevator, which a regional magazine once called “the Sistine Chapel of Route 6.” She finds the comparison embarrassing and keeps the clipping on her refrigerator.
Two years ago she took on an apprentice, Dashiell Ruiz, who quit a job in graphic design to sweep her floor and wash her brushes. “I spent four years making logos on a screen that nobody remembers,” Ruiz said. “Here, if I mess up, the whole street sees it for a decade.”
The town has come around to her, slowly. Howard Pfeil, the director of economic development for Marlow Falls, pointed out that the façade grant program, called “Main Street Forward,” has paid for eleven of her signs since 2022. “Vinyl is cheaper, nobody disputes that,” Pfeil said. “But vinyl doesn’t make anybody drive forty minutes to take a picture.”
Her son, Anton, a dentist in Pittsburgh, worries mostly about the ladders. “She fell in 2019 and broke her wrist, and she was back up there in six weeks, painting left-handed,” he said when I reached him by phone. “I’ve stopped arguing. I just call every afternoon at four.”
Near the end of the day, Vorhaus stepped back from the bakery window and squinted at the word she had just finished. “It’s a little heavy on the right,” she said. Then, after a moment: “Nobody else will notice. I’ll notice.”
This article appears in the print edition of the November 23, 2026, issue, with the headline “Hand Lettered.”""",
    [
        (
            "People think the hard part is the letters,",
            "Ines Vorhaus",
            ("she told me on a gray", "she"),
            ("she told me on a gray", "told"),
        ),
        (
            "The hard part is the spacing. Anybody can make an A. Knowing how far the A should sit from the V, that takes thirty years.",
            "Ines Vorhaus",
            ("she told me on a gray", "she"),
            ("she told me on a gray", "told"),
        ),
        (
            "My father never taught me anything on purpose. He would be lettering a truck door and I would be sitting on an upturned bucket, and if I asked a question he would say, ‘Watch the brush, not me.’ That was the whole lesson, for years.",
            "Ines Vorhaus",
            ("she set down the brush", "she"),
            ("told me the story", "told"),
        ),
        (
            "When he got sick, in 1979, there was a job half done on the window of Kessler’s Pharmacy. I finished it. I was twenty-four and terrified, and the K was too fat, and old Mr. Kessler looked at it for a long time and said, ‘That’ll do.’ It’s the best review I’ve ever had.",
            "Ines Vorhaus",
            ("she set down the brush", "she"),
            ("told me the story", "told"),
        ),
        (
            "After that, people just kept calling. Nobody asked whether I was a girl or a boy. They asked whether I could come on Tuesday.",
            "Ines Vorhaus",
            ("she set down the brush", "she"),
            ("told me the story", "told"),
        ),
        (
            "the Sistine Chapel of Route 6.",
            "magazine",
            "a regional magazine",
            ("once called", "called"),
        ),
        (
            "I spent four years making logos on a screen that nobody remembers,",
            "Dashiell Ruiz",
            ("Ruiz said", "Ruiz"),
            ("Ruiz said", "said"),
        ),
        (
            "Here, if I mess up, the whole street sees it for a decade.",
            "Dashiell Ruiz",
            ("Ruiz said", "Ruiz"),
            ("Ruiz said", "said"),
        ),
        (
            "Vinyl is cheaper, nobody disputes that,",
            "Howard Pfeil",
            ("Pfeil said", "Pfeil"),
            ("Pfeil said", "said"),
        ),
        (
            "But vinyl doesn’t make anybody drive forty minutes to take a picture.",
            "Howard Pfeil",
            ("Pfeil said", "Pfeil"),
            ("Pfeil said", "said"),
        ),
        (
            "She fell in 2019 and broke her wrist, and she was back up there in six weeks, painting left-handed,",
            "Anton",
            ("he said when I reached him", "he"),
            ("he said when I reached him", "said"),
        ),
        (
            "I’ve stopped arguing. I just call every afternoon at four.",
            "Anton",
            ("he said when I reached him", "he"),
            ("he said when I reached him", "said"),
        ),
        (
            "It’s a little heavy on the right,",
            "Ines Vorhaus",
            ("right,” she said", "she"),
            ("right,” she said", "said"),
        ),
        (
            "Nobody else will notice. I’ll notice.",
            "Ines Vorhaus",
            ("right,” she said", "she"),
            None,
        ),
    ],
    ["Harvest at the Mill", "Main Street Forward", "Hand Lettered"],
)

article(
    "blind12-en05",
    "en",
    """'They knew exactly what they were doing': 60 beehives stolen from Harlan Valley orchard

By Ray Tolliver | The Brennan County Ledger
Nov. 12, 2026 Updated 4:51 p.m.

Joanne Pettibone noticed the tire tracks first. Then she noticed the empty pallets.
Sixty of the hives she and her husband keep on a leased almond orchard east of Harlan Valley were gone Sunday morning, along with an estimated 3 million bees, the couple told deputies.
"They knew exactly what they were doing," Pettibone said Tuesday, standing beside the flattened grass where the hives had been. "You don't pick up a hive full of angry bees in the dark unless you've done it before. This was a beekeeper. Or somebody who used to be one."
The Brennan County Sheriff's Office is investigating. Sgt. Luis Ferrante, who handles agricultural crime for the department, said hive theft had become "a real business" in the valley.
"A hive rents for two hundred dollars a season during almond bloom. Do the math on sixty," Ferrante said. "People see farm equipment and think of tractors. Bees are livestock, and they're worth stealing."
ADVERTISEMENT
Thieves usually move stolen hives out of the county within hours and repaint the boxes before renting them to growers, Ferrante said. But not always.
"We've recovered stolen hives before," he said, "usually because somebody got sloppy and didn't bother to repaint."
Get local news delivered to your inbox. Sign up for the Ledger Daily.
According to the state Department of Agriculture, at least 1,800 hives were reported stolen statewide last season, a figure the department says is "almost certainly an undercount."
The agency's chief apiarist, Dr. Naomi Kettleworth, urged beekeepers to brand their equipment and hide GPS trackers inside a few boxes in every yard. "A hive with a tracker in it is a hive that comes home," she said in an email.
Another beekeeper, Dolores Whitcomb, 67, lost 24 hives in 2024 and never got them back.
"I called my insurance, I called the sheriff, I called everybody," Whitcomb said. "The insurance paid about a third of what they were worth. The bees, I never saw again."
Related: Harlan Valley orchards brace for a dry winter
The Pettibones have offered a $5,000 reward for information leading to the return of the hives. Anyone with information can call the sheriff's "Rural Watch" tip line at 555-0142.
For now, Joanne Pettibone spends her mornings checking online listings for used hive boxes, looking for the blue paint and the stenciled letters her husband put on every lid.
"I'm not even mad anymore," Pettibone said. "I just want my girls back."
Photo: Joanne Pettibone stands among the empty pallets on Tuesday. (Ray Tolliver / Ledger)""",
    [
        ("They knew exactly what they were doing", "Joanne Pettibone", None, None),
        (
            "They knew exactly what they were doing,",
            "Joanne Pettibone",
            ("Pettibone said Tuesday", "Pettibone"),
            ("Pettibone said Tuesday", "said"),
        ),
        (
            "You don't pick up a hive full of angry bees in the dark unless you've done it before. This was a beekeeper. Or somebody who used to be one.",
            "Joanne Pettibone",
            ("Pettibone said Tuesday", "Pettibone"),
            ("Pettibone said Tuesday", "said"),
        ),
        (
            "a real business",
            "Luis Ferrante",
            "Sgt. Luis Ferrante",
            ("department, said", "said"),
        ),
        (
            "A hive rents for two hundred dollars a season during almond bloom. Do the math on sixty,",
            "Luis Ferrante",
            ('sixty," Ferrante said', "Ferrante"),
            ('sixty," Ferrante said', "said"),
        ),
        (
            "People see farm equipment and think of tractors. Bees are livestock, and they're worth stealing.",
            "Luis Ferrante",
            ('sixty," Ferrante said', "Ferrante"),
            ('sixty," Ferrante said', "said"),
        ),
        (
            "We've recovered stolen hives before,",
            "Luis Ferrante",
            ('before," he said', "he"),
            ('before," he said', "said"),
        ),
        (
            "usually because somebody got sloppy and didn't bother to repaint.",
            "Luis Ferrante",
            ('before," he said', "he"),
            ('before," he said', "said"),
        ),
        (
            "almost certainly an undercount.",
            "Department of Agriculture",
            ("the department says", "the department"),
            ("the department says", "says"),
        ),
        (
            "A hive with a tracker in it is a hive that comes home,",
            "Naomi Kettleworth",
            ("she said in an email", "she"),
            ("she said in an email", "said"),
        ),
        (
            "I called my insurance, I called the sheriff, I called everybody,",
            "Dolores Whitcomb",
            ("Whitcomb said", "Whitcomb"),
            ("Whitcomb said", "said"),
        ),
        (
            "The insurance paid about a third of what they were worth. The bees, I never saw again.",
            "Dolores Whitcomb",
            ("Whitcomb said", "Whitcomb"),
            ("Whitcomb said", "said"),
        ),
        (
            "I'm not even mad anymore,",
            "Joanne Pettibone",
            ('anymore," Pettibone said', "Pettibone"),
            ('anymore," Pettibone said', "said"),
        ),
        (
            "I just want my girls back.",
            "Joanne Pettibone",
            ('anymore," Pettibone said', "Pettibone"),
            ('anymore," Pettibone said', "said"),
        ),
    ],
    ["Rural Watch"],
)

article(
    "blind12-en06",
    "en",
    """Baralé government says coup attempt foiled after night of gunfire in capital

By Kwabena Asante-Moore and Léa Fontanier

KESSOU, Nov 15 (Reuters) - Baralé's government said on Sunday it had foiled an attempt by a group of soldiers to seize power, after heavy gunfire rang out for several hours near the presidential palace in the capital Kessou.
"A small group of soldiers, manipulated by enemies of the republic, tried to take power by force. They failed," government spokesman Ibrahim Danfa said in a statement read on state television.
"The situation is under control and the president is safe," he added, without saying how many people had been arrested or whether there were casualties.
Witnesses described a night of fear in the riverside districts closest to the palace.
"We heard the first shots around 3 a.m., then it did not stop until almost eight," said a resident of the Plateau district, who asked not to be named for fear of reprisals. "My children spent the whole night under the bed."
"There were soldiers everywhere on the bridge road and they were shooting in the air," taxi driver Abdoulaye Sanogo told Reuters by phone. He said he had seen at least four armoured vehicles heading towards the state broadcaster.
Several of the soldiers' relatives gathered outside the main military camp on Sunday afternoon seeking news, a Reuters witness said.
In a communiqué read on a private radio station before it was taken off the air, a group calling itself the National Committee for Renewal said the army had "taken its responsibilities" in the face of "the disastrous management of the country".
"All borders are closed until further notice. A curfew is in force from 7 p.m. to 6 a.m.," the communiqué said. It was signed by a "Colonel Major" whose name was not given.
Reuters could not independently verify the authenticity of the communiqué.
Read more: Baralé's president reshuffles army command for second time this year
Defence Minister Aïssatou Bamba said on state television later on Sunday that loyalist forces had acted "with professionalism and restraint" and that the ringleaders "will answer for their crimes before the courts".
The regional bloc, the Sahel-Atlantic Union, condemned the attempt. "We condemn in the strongest terms any attempt to seize power by unconstitutional means," the bloc said in a statement, calling on the soldiers involved to "return to their barracks without delay".
Baralé, a country of 14 million people and one of the region's largest cotton producers, has seen two successful coups since independence, the most recent in 2009.
A Western diplomat in Kessou said the attempt appeared to have been "poorly planned and poorly supported" within the army.
"The question is whether this was a rehearsal," the diplomat said. "The grievances in the barracks have not gone away."
(Reporting by Kwabena Asante-Moore in Kessou and Léa Fontanier in Dakrou; Writing by Samuel Ortt; Editing by Helen Brask)
Our Standards: The Trust Principles.""",
    [
        (
            "A small group of soldiers, manipulated by enemies of the republic, tried to take power by force. They failed,",
            "Ibrahim Danfa",
            "Ibrahim Danfa",
            ("Danfa said", "said"),
        ),
        (
            "The situation is under control and the president is safe,",
            "Ibrahim Danfa",
            ('safe," he added', "he"),
            ('safe," he added', "added"),
        ),
        (
            "We heard the first shots around 3 a.m., then it did not stop until almost eight,",
            "resident",
            "a resident of the Plateau district",
            ("said a resident", "said"),
        ),
        (
            "My children spent the whole night under the bed.",
            "resident",
            "a resident of the Plateau district",
            ("said a resident", "said"),
        ),
        (
            "There were soldiers everywhere on the bridge road and they were shooting in the air,",
            "Abdoulaye Sanogo",
            "Abdoulaye Sanogo",
            ("Sanogo told Reuters", "told"),
        ),
        (
            "taken its responsibilities",
            "National Committee for Renewal",
            "the National Committee for Renewal",
            ("Renewal said the army", "said"),
        ),
        (
            "the disastrous management of the country",
            "National Committee for Renewal",
            "the National Committee for Renewal",
            ("Renewal said the army", "said"),
        ),
        (
            "All borders are closed until further notice. A curfew is in force from 7 p.m. to 6 a.m.,",
            "National Committee for Renewal",
            ('a.m.," the communiqué said', "the communiqué"),
            ('a.m.," the communiqué said', "said"),
        ),
        (
            "with professionalism and restraint",
            "Aïssatou Bamba",
            "Aïssatou Bamba",
            ("Bamba said", "said"),
        ),
        (
            "will answer for their crimes before the courts",
            "Aïssatou Bamba",
            "Aïssatou Bamba",
            ("Bamba said", "said"),
        ),
        (
            "We condemn in the strongest terms any attempt to seize power by unconstitutional means,",
            "Sahel-Atlantic Union",
            ("the bloc said in a statement", "the bloc"),
            ("the bloc said in a statement", "said"),
        ),
        (
            "return to their barracks without delay",
            "Sahel-Atlantic Union",
            ("the bloc said in a statement", "the bloc"),
            "calling on",
        ),
        (
            "poorly planned and poorly supported",
            "diplomat",
            "A Western diplomat",
            ("Kessou said", "said"),
        ),
        (
            "The question is whether this was a rehearsal,",
            "diplomat",
            ("the diplomat said", "the diplomat"),
            ("the diplomat said", "said"),
        ),
        (
            "The grievances in the barracks have not gone away.",
            "diplomat",
            ("the diplomat said", "the diplomat"),
            ("the diplomat said", "said"),
        ),
    ],
    ["Colonel Major"],
)

article(
    "blind12-en07",
    "en",
    """Smart thermostat maker Hearthly confirms breach exposing 4.1 million customers' home addresses

Priyanka Solberg - Nov 15, 2026 11:02 am UTC
Comments (48)

Hearthly, the Portland-based maker of the "Emberline" smart thermostat, confirmed on Friday that an unsecured database had exposed the names, home addresses, email addresses and heating schedules of roughly 4.1 million customers.
The database was discovered by independent security researcher Tobias Vandermeer, who said it had been reachable from the open internet without a password for at least five weeks. "Anyone with a browser and about ten minutes of curiosity could have downloaded the whole thing," Vandermeer told TechBeacon. "The heating schedules are the part that worries me most. If your thermostat drops to 55 degrees every weekday at 8:15, that tells a burglar exactly when your house is empty."
The database's admin panel, he said, was protected only by the default password "changeme".
In a blog post published Friday morning, Hearthly chief executive Marisa Okonkwo-Reyes apologized. "We failed to protect information that our customers trusted us with, and there is no excuse for that," she wrote. "A staging database was misconfigured during a migration in September. That is on us, not on any one engineer."
Okonkwo-Reyes wrote that the company had "closed the door" within an hour of learning about the exposure.
Advertisement
But Vandermeer says he first emailed Hearthly's security team on October 29 and heard nothing back for nine days. "I got an autoreply that said 'Thanks for your report, we'll be in touch,'" he said. "Then nothing. I ended up tracking down the CEO's assistant through a conference speaker list."
Asked about the delay, a Hearthly spokesperson said the initial report "was routed to a general support queue in error" and that the company was "reviewing its intake process."
Further reading: How to check whether your smart home gadget was caught up in a breach
The exposure could carry legal consequences. Renata Blaszczyk, a privacy attorney and partner at Colfax & Wren, said customers in several states may be entitled to formal notification. "Home addresses paired with occupancy patterns are a new category of harm, and regulators are going to be very interested in it," Blaszczyk said.
Hearthly says it will offer affected customers two years of free identity monitoring through a program it calls "Hearthly Shield," and it is urging users to change their app passwords even though, according to the company, no passwords were stored in the exposed database.
Okonkwo-Reyes closed her post on a contrite note. "Trust is earned in drops and lost in buckets," she wrote. "We intend to start earning it back today."
Photo: Hearthly
Subscribe to TechBeacon Weekly for the week's security news.""",
    [
        (
            "Anyone with a browser and about ten minutes of curiosity could have downloaded the whole thing,",
            "Tobias Vandermeer",
            ("Vandermeer told TechBeacon", "Vandermeer"),
            ("Vandermeer told TechBeacon", "told"),
        ),
        (
            "The heating schedules are the part that worries me most. If your thermostat drops to 55 degrees every weekday at 8:15, that tells a burglar exactly when your house is empty.",
            "Tobias Vandermeer",
            ("Vandermeer told TechBeacon", "Vandermeer"),
            None,
        ),
        (
            "We failed to protect information that our customers trusted us with, and there is no excuse for that,",
            "Marisa Okonkwo-Reyes",
            ('that," she wrote', "she"),
            ('that," she wrote', "wrote"),
        ),
        (
            "A staging database was misconfigured during a migration in September. That is on us, not on any one engineer.",
            "Marisa Okonkwo-Reyes",
            ('that," she wrote', "she"),
            ('that," she wrote', "wrote"),
        ),
        (
            "closed the door",
            "Marisa Okonkwo-Reyes",
            ("Okonkwo-Reyes wrote that", "Okonkwo-Reyes"),
            ("Okonkwo-Reyes wrote that", "wrote"),
        ),
        (
            "I got an autoreply that said 'Thanks for your report, we'll be in touch,'",
            "Tobias Vandermeer",
            ("in touch,'\" he said", "he"),
            ("in touch,'\" he said", "said"),
        ),
        (
            "Then nothing. I ended up tracking down the CEO's assistant through a conference speaker list.",
            "Tobias Vandermeer",
            ("in touch,'\" he said", "he"),
            ("in touch,'\" he said", "said"),
        ),
        (
            "was routed to a general support queue in error",
            "spokesperson",
            "a Hearthly spokesperson",
            ("spokesperson said", "said"),
        ),
        (
            "reviewing its intake process.",
            "spokesperson",
            "a Hearthly spokesperson",
            ("spokesperson said", "said"),
        ),
        (
            "Home addresses paired with occupancy patterns are a new category of harm, and regulators are going to be very interested in it,",
            "Renata Blaszczyk",
            ("Blaszczyk said.", "Blaszczyk"),
            ("Blaszczyk said.", "said"),
        ),
        (
            "Trust is earned in drops and lost in buckets,",
            "Marisa Okonkwo-Reyes",
            ('buckets," she wrote', "she"),
            ('buckets," she wrote', "wrote"),
        ),
        (
            "We intend to start earning it back today.",
            "Marisa Okonkwo-Reyes",
            ('buckets," she wrote', "she"),
            ('buckets," she wrote', "wrote"),
        ),
    ],
    ["Emberline", "changeme", "Hearthly Shield"],
)

article(
    "blind12-en08",
    "en",
    """‘It’s like a festival with binoculars’: rare bird draws 3,000 twitchers to Holmby Staithe

By Sophie Tranter
Monday 16 November 2026, 7:00 am

Share this story

A coastal village of fewer than 200 people has been overwhelmed by more than 3,000 birdwatchers since a Siberian accentor was spotted in a hedge beside its harbour last week.
The bird, only the fourteenth of its kind recorded in Britain, was found on Thursday morning by retired postman Derek Lomax, 68, who was walking his dog along the sea wall.
‘I knew straight away it was something odd,’ he said. ‘I rang my mate Graham and said, “You’d better sit down.” He didn’t believe me until I sent him the photo.’
By Saturday the single lane into Holmby Staithe was lined with parked cars for more than a mile.
Margaret Ellwood, who has lived on the village’s only through-road for 40 years, said she had been unable to get her car out of her drive all weekend. ‘It’s like a festival with binoculars,’ the 74-year-old said. ‘They’re perfectly polite, I’ll give them that. But one of them asked to use my loo and stayed for a cup of tea.’
Read more: Coastal path closed after cliff fall near Saltby
Police were called on Saturday afternoon after vehicles parked on verges blocked a farm access road. Inspector Rachel Odunsi of Welland Constabulary said officers had given ‘words of advice’ rather than issuing fines.
‘We understand the excitement, but a tractor needs to get through, and so does an ambulance,’ she said.
Farmer Tom Haverstock, whose hedge the bird has been feeding along, has since opened a stubble field as a temporary car park, charging £5 a vehicle, with the proceeds going to the village hall’s ‘Raise the Roof’ appeal.
‘I thought, if you can’t beat them, you might as well fix the hall,’ he said, laughing.
The Welland Wildlife Trust said in a statement that the accentor was ‘a once-in-a-generation visitor’ and asked birders to ‘respect residents and stay on the footpaths’.
Sign up to our free Nature Notes newsletter
Keith Danvers, chairman of the parish council, said: ‘We are not anti-birdwatcher. Half the parish council are birdwatchers. We just need a plan for next time, because there will be a next time.’
Among the crowd on Sunday was Priya Chandrasekhar, who had driven overnight from Dunmarrow.
‘That’s my 500th species in Britain,’ she said, lowering her telescope. ‘I’ve been waiting six years for this bird. Six years.’
The accentor was still present on Sunday evening, feeding on insects among the seaweed at the foot of the slipway.
Asked whether he regretted reporting the sighting, Mr Lomax shook his head. ‘Not for a second,’ he said. ‘Though my wife might.’
Picture: Derek Lomax""",
    [
        ("It’s like a festival with binoculars", "Margaret Ellwood", None, None),
        (
            "I knew straight away it was something odd,",
            "Derek Lomax",
            ("odd,’ he said", "he"),
            ("odd,’ he said", "said"),
        ),
        (
            "I rang my mate Graham and said, “You’d better sit down.” He didn’t believe me until I sent him the photo.",
            "Derek Lomax",
            ("odd,’ he said", "he"),
            ("odd,’ he said", "said"),
        ),
        (
            "It’s like a festival with binoculars,",
            "Margaret Ellwood",
            ("the 74-year-old said", "the 74-year-old"),
            ("the 74-year-old said", "said"),
        ),
        (
            "They’re perfectly polite, I’ll give them that. But one of them asked to use my loo and stayed for a cup of tea.",
            "Margaret Ellwood",
            ("the 74-year-old said", "the 74-year-old"),
            ("the 74-year-old said", "said"),
        ),
        (
            "words of advice",
            "Rachel Odunsi",
            "Inspector Rachel Odunsi",
            ("Constabulary said", "said"),
        ),
        (
            "We understand the excitement, but a tractor needs to get through, and so does an ambulance,",
            "Rachel Odunsi",
            ("ambulance,’ she said", "she"),
            ("ambulance,’ she said", "said"),
        ),
        (
            "I thought, if you can’t beat them, you might as well fix the hall,",
            "Tom Haverstock",
            ("hall,’ he said", "he"),
            ("hall,’ he said", "said"),
        ),
        (
            "a once-in-a-generation visitor",
            "Welland Wildlife Trust",
            "The Welland Wildlife Trust",
            ("Trust said in a statement", "said"),
        ),
        (
            "respect residents and stay on the footpaths",
            "Welland Wildlife Trust",
            "The Welland Wildlife Trust",
            "asked",
        ),
        (
            "We are not anti-birdwatcher. Half the parish council are birdwatchers. We just need a plan for next time, because there will be a next time.",
            "Keith Danvers",
            "Keith Danvers",
            ("council, said:", "said"),
        ),
        (
            "That’s my 500th species in Britain,",
            "Priya Chandrasekhar",
            ("she said, lowering", "she"),
            ("she said, lowering", "said"),
        ),
        (
            "I’ve been waiting six years for this bird. Six years.",
            "Priya Chandrasekhar",
            ("she said, lowering", "she"),
            ("she said, lowering", "said"),
        ),
        (
            "Not for a second,",
            "Derek Lomax",
            ("second,’ he said", "he"),
            ("second,’ he said", "said"),
        ),
        (
            "Though my wife might.",
            "Derek Lomax",
            ("second,’ he said", "he"),
            ("second,’ he said", "said"),
        ),
    ],
    ["Raise the Roof"],
)


if __name__ == "__main__":
    SET.write(Path(__file__).with_name("blind12_en.jsonl"), WORDS_RANGE)
