# ruff: noqa: E501, RUF001
"""Builds blind3_en.jsonl: a third blind English quotation set (written for depeche, CC0).

Eight English news articles written from scratch, with invented people and places, by a helper
who never read the quotes code, the dev set or the other blind sets, so that the score on this
file is an honest estimate on unseen news text. Beats and outlets: US local politics (city
council), a Reuters-style business wire, a UK court report in BBC style with single quotation
marks, a sports reaction piece, a health/science story in the present tense ("says"), a
long-form feature with a multi-paragraph quote, a police and disaster report with officials and
witnesses, and a tech story built on statements from organisations. Each keeps the scraping
residue of its page (bylines, timestamps, "Advertisement", related links, share and newsletter
lines). Marks vary: curly double quotes, straight double quotes, British single quotes.

Gold follows build_dev.py: quotations in order, speaker as the canonical full name the document
gives (titles dropped, organisations by their full name, unnamed people by the head of their
role, None when nobody is identifiable), mention and cue as strings or ``(context, string)``
pairs found nearest to the quotation. Titles, names and slogans in marks are ``non_quotes``.

Do not tune the extractor on this file.
"""

from __future__ import annotations

from pathlib import Path

from build_dev import ArticleSet

SET = ArticleSet()
article = SET.article
WORDS_RANGE = (300, 650)


article(
    "blind3-en01",
    "en",
    """Millbrook council sends police oversight board to November ballot

By Dana Whitfield, Staff Writer
Published Oct. 9, 2026, 10:14 p.m. ET | Updated Oct. 10, 2026, 7:02 a.m. ET

MILLBROOK, Ohio — After nearly four hours of public comment, the Millbrook City Council voted 5-2 Tuesday night to ask voters whether the city should create a civilian board to review complaints against police officers.
“Tonight we’re not deciding the answer. We’re deciding who gets to answer, and that’s the people of this city,” said Council Member Rosa Villanueva, who sponsored the measure.
Mayor Greg Halvorsen, who had opposed an earlier version, said he would not veto the resolution. “I have concerns about cost, and I’ve been clear about them,” Halvorsen said. “But I’m not going to stand between voters and a ballot box.”
Council Member Dwight Carraway, one of the two no votes, called the proposal “a solution in search of a problem.” He pointed to department figures showing that complaints against officers had fallen three years in a row.
Police Chief Lorraine Beck told the council the department would “cooperate fully with whatever the voters decide,” but warned that a board without subpoena power would be “mostly symbolic.”
Advertisement
The campaign behind the measure, which calls itself “Safe Streets for All,” gathered more than 6,000 signatures over the summer. Its organizer, the Rev. Samuel Odom, pastor of Grace Tabernacle on the city’s east side, said the vote was long overdue.
“We have been asking for this since 2006,” Odom said. “Twenty years. My congregation has buried people waiting for this vote.”
Several residents spoke against the proposal, saying it would make recruiting officers harder. One resident, a retired sheriff’s deputy who declined to give his name, warned the council: “You’ll get fewer applicants and worse ones. That’s not a threat, that’s arithmetic.”
State Sen. Patricia Lyle, a Democrat whose district includes Millbrook, praised the council in a statement. “Local control works when local voices are heard,” she said. A spokesperson for Gov. Mark Trenholm said the governor’s office does not “weigh in on municipal ballot questions.”
If approved, the board would have seven members appointed by the council and a budget of about $400,000 a year, according to the city’s finance director, Alan Pruitt.
Read more: Millbrook approves budget with new money for road repairs
Got a tip? Email our newsroom at tips@millbrookledger.com
Share this story: Facebook | X | Email""",
    [
        (
            "Tonight we’re not deciding the answer. We’re deciding who gets to answer, and that’s the people of this city,",
            "Rosa Villanueva",
            "Council Member Rosa Villanueva",
            "said",
        ),
        (
            "I have concerns about cost, and I’ve been clear about them,",
            "Greg Halvorsen",
            ("Halvorsen said", "Halvorsen"),
            "said",
        ),
        (
            "But I’m not going to stand between voters and a ballot box.",
            "Greg Halvorsen",
            ("Halvorsen said", "Halvorsen"),
            "said",
        ),
        (
            "a solution in search of a problem.",
            "Dwight Carraway",
            "Council Member Dwight Carraway",
            "called",
        ),
        (
            "cooperate fully with whatever the voters decide,",
            "Lorraine Beck",
            "Police Chief Lorraine Beck",
            "told",
        ),
        ("mostly symbolic.", "Lorraine Beck", "Police Chief Lorraine Beck", "warned"),
        (
            "We have been asking for this since 2006,",
            "Samuel Odom",
            ("Odom said", "Odom"),
            "said",
        ),
        (
            "Twenty years. My congregation has buried people waiting for this vote.",
            "Samuel Odom",
            ("Odom said", "Odom"),
            "said",
        ),
        (
            "You’ll get fewer applicants and worse ones. That’s not a threat, that’s arithmetic.",
            "resident",
            "One resident",
            "warned",
        ),
        (
            "Local control works when local voices are heard,",
            "Patricia Lyle",
            ("she said", "she"),
            "said",
        ),
        (
            "weigh in on municipal ballot questions.",
            "spokesperson",
            "A spokesperson",
            "said",
        ),
    ],
    ["Safe Streets for All,"],
)

article(
    "blind3-en02",
    "en",
    """Harwell Foods cuts forecast as shoppers trade down; shares slide

By Priya Raman

November 5, 2026 8:41 AM UTC Updated ago

Nov 5 (Reuters) - Harwell Foods Inc cut its full-year profit forecast on Wednesday, saying cash-strapped shoppers were switching to cheaper store brands, and its shares fell 9% in premarket trading.
"We are seeing consumers make tougher choices at the shelf, particularly in our snacks portfolio," Chief Executive Martin Oyelaran said on a call with analysts. "We expect that pressure to continue into the first half of next year."
The Chicago-based maker of crackers, frozen meals and breakfast cereals now expects adjusted earnings of $3.10 to $3.20 per share for the year, down from its previous forecast of $3.45 to $3.55 and below analysts' average estimate of $3.41, according to LSEG data.
Third-quarter net sales fell 4.2% to $2.86 billion, as volumes dropped in every division except pet food.
"Harwell has been late to the value story," said Jenna Kowalczyk, an analyst at Brixton Securities. "The brand premium they relied on is eroding faster than they have admitted, and cutting prices now looks defensive rather than strategic."
Oyelaran said the company would lower prices on about 200 products in the coming weeks - "targeted, not across the board" - and had no plans for layoffs.
Chief Financial Officer Ellen Sato told Reuters in an interview that the company remained "comfortable" with its dividend and would keep buying back shares, though at a slower pace.
Packaged food makers across the United States have struggled this year as consumers, squeezed by higher rents and insurance costs, buy fewer branded goods. Two of Harwell's larger rivals have issued similar warnings since September.
A Harwell spokesperson declined to comment on reports that the company was exploring a sale of its frozen-foods unit, a process known internally as "Project Birch."
"Nothing is off the table, but nobody is in a hurry either," said one person familiar with the matter, who asked not to be named because the discussions are private.
Harwell's shares have lost about 22% of their value so far this year, compared with a 3% gain for the broader consumer staples index.
(Reporting by Priya Raman in Chicago; Editing by Marguerite Vance)
Our Standards: The Thomson Reuters Trust Principles., opens new tab""",
    [
        (
            "We are seeing consumers make tougher choices at the shelf, particularly in our snacks portfolio,",
            "Martin Oyelaran",
            "Martin Oyelaran",
            "said",
        ),
        (
            "We expect that pressure to continue into the first half of next year.",
            "Martin Oyelaran",
            "Martin Oyelaran",
            "said",
        ),
        (
            "Harwell has been late to the value story,",
            "Jenna Kowalczyk",
            "Jenna Kowalczyk",
            "said",
        ),
        (
            "The brand premium they relied on is eroding faster than they have admitted, and cutting prices now looks defensive rather than strategic.",
            "Jenna Kowalczyk",
            "Jenna Kowalczyk",
            "said",
        ),
        ("targeted, not across the board", "Martin Oyelaran", "Oyelaran", "said"),
        ("comfortable", "Ellen Sato", "Ellen Sato", "told"),
        (
            "Nothing is off the table, but nobody is in a hurry either,",
            "person",
            "one person familiar with the matter",
            "said",
        ),
    ],
    ["Project Birch."],
)

article(
    "blind3-en03",
    "en",
    """Driver jailed for ‘reckless’ crash that killed Denholme cyclist

Published 14 hours ago
Share
Save
Emma Pritchard
BBC News, Pennine

Image caption, Peter Ashworth had cycled the same route every Sunday for three decades

A driver who was looking at his phone when he hit and killed a cyclist has been jailed for six years.
Callum Reade, 29, was travelling at 52mph in a 30mph zone on Harrowgate Lane, Denholme, when he struck Peter Ashworth, 61, in May last year, Marlowe Crown Court heard.
Sentencing him on Friday, Judge Helen Garside said Reade’s driving had been ‘reckless in the extreme’.
‘You chose to look at a screen rather than at the road. Mr Ashworth paid for that choice with his life,’ she told him.
Prosecuting, Richard Onslow said phone records showed Reade had opened a message seconds before the collision.
‘He did not brake. There was no attempt whatsoever to avoid Mr Ashworth,’ Mr Onslow told the court.
Reade, of Cromer Road, Denholme, admitted causing death by dangerous driving at an earlier hearing.
In a statement read to the court, Mr Ashworth’s wife, Margaret, said: ‘Peter cycled that road every Sunday for thirty years. He was the careful one, the one who wore the bright jacket.
‘I still set two places at the table without thinking. Our grandchildren ask when Grandad is coming back from his ride.’
Defending, Asha Mistry said her client was ‘genuinely, deeply remorseful’ and had not driven since the crash.
‘He knows that nothing he says today will bring Mr Ashworth back,’ she said.
Reade was also banned from driving for nine years and will have to pass an extended test before getting his licence back.
Speaking outside court, Det Sgt Neil Farrow of Pennine Police said the case showed ‘the devastating consequences of a moment’s distraction’.
‘Put your phone away when you’re driving. It really is that simple,’ he added.
The charity Cycle Safe Pennine, which has campaigned for a lower speed limit on Harrowgate Lane, said the sentence would be ‘little comfort’ to the family. The county council said it would review the road’s layout in the spring.
More on this story
Cyclist, 61, dies after collision with car
Related internet links
Road safety advice - GOV.UK
Follow BBC Pennine on Facebook, X and Instagram. Send your story ideas to pennine.news@bbc.co.uk""",
    [
        ("reckless", "Helen Garside", None, None),
        ("reckless in the extreme", "Helen Garside", "Judge Helen Garside", "said"),
        (
            "You chose to look at a screen rather than at the road. Mr Ashworth paid for that choice with his life,",
            "Helen Garside",
            ("she told him", "she"),
            "told",
        ),
        (
            "He did not brake. There was no attempt whatsoever to avoid Mr Ashworth,",
            "Richard Onslow",
            "Mr Onslow",
            "told",
        ),
        (
            "Peter cycled that road every Sunday for thirty years. He was the careful one, the one who wore the bright jacket.",
            "Margaret",
            "Margaret",
            "said",
        ),
        (
            "I still set two places at the table without thinking. Our grandchildren ask when Grandad is coming back from his ride.",
            "Margaret",
            "Margaret",
            "said",
        ),
        ("genuinely, deeply remorseful", "Asha Mistry", "Asha Mistry", "said"),
        (
            "He knows that nothing he says today will bring Mr Ashworth back,",
            "Asha Mistry",
            ("she said", "she"),
            "said",
        ),
        (
            "the devastating consequences of a moment’s distraction",
            "Neil Farrow",
            "Det Sgt Neil Farrow",
            "said",
        ),
        (
            "Put your phone away when you’re driving. It really is that simple,",
            "Neil Farrow",
            ("he added", "he"),
            "added",
        ),
        ("little comfort", "Cycle Safe Pennine", "Cycle Safe Pennine", "said"),
    ],
)

article(
    "blind3-en04",
    "en",
    """Riverhawks stunned by late collapse: ‘We gave it away’

Harbor City blew a 14-point fourth-quarter lead in a 101-97 loss to Lakeport on Saturday

By Kevin Ostrander
Nov 14, 2026 at 11:52 pm ET
4 min read

HARBOR CITY — For 44 minutes, the Riverhawks looked like the team they had promised to be. Then the last four minutes happened.
Lakeport closed the game on an 18-0 run, and Harbor City dropped to 5-7 with a 101-97 loss that left a sellout crowd at Pier Arena in stunned silence.
“We gave it away. There’s no other way to say it,” guard Marcus Bell said, his voice barely above a whisper in a quiet locker room. “We stopped moving the ball, we stopped talking on defense, and they made us pay.”
Bell finished with 31 points but missed two free throws with 48 seconds left that would have restored a three-point lead.
“I’ll live with those,” he said. “I’m going to make those nine times out of ten.”
Coach Dan Whitlock was blunter. Asked what changed in the final stretch, he told reporters: “Nothing changed. That’s the problem. We played not to lose instead of playing to win, and that starts with me.”
Whitlock said he would look at his rotation, but stopped short of promising changes. “I’m not going to make decisions at midnight after a loss like this,” he said.
Advertisement
On the other side, Lakeport rookie Jaylen Okafor scored 12 of his 22 points during the decisive run.
“Coach just told us to keep swinging,” Okafor said. “At 14 down, you can either fold or you can go get it. We went and got it.”
Lakeport coach Simone Barrett called it “the kind of win that changes a season,” and credited her bench. “Those guys haven’t played much. They were ready anyway,” she said.
The Riverhawks have now lost four of their last five games at home, where fans spent most of the fourth quarter on their feet.
“It hurts, man,” center Tomas Ilunga said, shaking his head. “These people come out every night for us.”
Harbor City hosts Northgate on Tuesday.
More NBA coverage:
Power rankings: Who’s rising, who’s sinking after three weeks
Sign up for our daily sports newsletter""",
    [
        ("We gave it away", "Marcus Bell", None, None),
        (
            "We gave it away. There’s no other way to say it,",
            "Marcus Bell",
            "Marcus Bell",
            "said",
        ),
        (
            "We stopped moving the ball, we stopped talking on defense, and they made us pay.",
            "Marcus Bell",
            "Marcus Bell",
            "said",
        ),
        ("I’ll live with those,", "Marcus Bell", ("he said", "he"), "said"),
        (
            "I’m going to make those nine times out of ten.",
            "Marcus Bell",
            ("he said", "he"),
            "said",
        ),
        (
            "Nothing changed. That’s the problem. We played not to lose instead of playing to win, and that starts with me.",
            "Dan Whitlock",
            ("he told reporters", "he"),
            "told",
        ),
        (
            "I’m not going to make decisions at midnight after a loss like this,",
            "Dan Whitlock",
            ("he said", "he"),
            "said",
        ),
        (
            "Coach just told us to keep swinging,",
            "Jaylen Okafor",
            ("Okafor said", "Okafor"),
            "said",
        ),
        (
            "At 14 down, you can either fold or you can go get it. We went and got it.",
            "Jaylen Okafor",
            ("Okafor said", "Okafor"),
            "said",
        ),
        ("the kind of win that changes a season,", "Simone Barrett", "Simone Barrett", "called"),
        (
            "Those guys haven’t played much. They were ready anyway,",
            "Simone Barrett",
            ("she said", "she"),
            "said",
        ),
        ("It hurts, man,", "Tomas Ilunga", "Tomas Ilunga", "said"),
        ("These people come out every night for us.", "Tomas Ilunga", "Tomas Ilunga", "said"),
    ],
)

article(
    "blind3-en05",
    "en",
    """Health
A 10-minute walk after dinner may blunt blood sugar spikes, study finds

By Nadia Kessler, Health Reporter
Published Wednesday, March 3, 2027

A short stroll after the evening meal can noticeably reduce the rise in blood sugar that follows eating, according to a small clinical trial published Wednesday, and the benefit appears even in people who do little other exercise.
Researchers at Lakemont University followed 84 adults with prediabetes for 12 weeks. Half were asked to walk for 10 minutes within half an hour of dinner; the others kept their usual routine. The walkers saw their after-dinner glucose peaks fall by an average of 17%.
“The effect was bigger than we expected, and it showed up in people who weren’t otherwise very active,” says Dr. Hannah Rios, an endocrinologist at Lakemont and the study’s lead author.
Timing matters more than pace, Rios says. “You don’t have to power-walk. A stroll around the block is enough,” she says. “What matters is that the muscles are working while the sugar from the meal is arriving in the blood.”
The program, which the team nicknamed “Ten After Ten,” cost participants nothing and required no equipment. Adherence was high: nearly nine in ten walkers stuck with it for the full trial.
Dr. Tomas Eklund, a diabetes researcher at Northfield Medical College who was not involved in the study, calls the findings “encouraging but preliminary.”
“It’s a small trial, and twelve weeks is a short window,” he says. “I’d want to see it replicated in a larger and more diverse group before anyone puts it in clinical guidelines.”
He also notes that the study measured glucose, not long-term outcomes such as progression to type 2 diabetes.
According to the National Diabetes Foundation, roughly one in three American adults has prediabetes, and most of them do not know it. The foundation says in its guidance that regular activity “at any intensity” can help.
For Gloria Mendes, 58, one of the participants, the habit has outlasted the study. “My husband and I walk the dog after supper now, every night, rain or shine,” she says, laughing. “The dog is thrilled. So is my doctor.”
Rios and her colleagues are now recruiting for a two-year follow-up.
Related: Prediabetes is common and often missed. Should you get tested?
This article is for informational purposes only and is not a substitute for medical advice.""",
    [
        (
            "The effect was bigger than we expected, and it showed up in people who weren’t otherwise very active,",
            "Hannah Rios",
            "Dr. Hannah Rios",
            "says",
        ),
        (
            "You don’t have to power-walk. A stroll around the block is enough,",
            "Hannah Rios",
            ("she says. “What", "she"),
            "says",
        ),
        (
            "What matters is that the muscles are working while the sugar from the meal is arriving in the blood.",
            "Hannah Rios",
            ("she says. “What", "she"),
            "says",
        ),
        ("encouraging but preliminary.", "Tomas Eklund", "Dr. Tomas Eklund", "calls"),
        (
            "It’s a small trial, and twelve weeks is a short window,",
            "Tomas Eklund",
            ("he says", "he"),
            "says",
        ),
        (
            "I’d want to see it replicated in a larger and more diverse group before anyone puts it in clinical guidelines.",
            "Tomas Eklund",
            ("he says", "he"),
            "says",
        ),
        ("at any intensity", "National Diabetes Foundation", "The foundation", "says"),
        (
            "My husband and I walk the dog after supper now, every night, rain or shine,",
            "Gloria Mendes",
            ("she says, laughing", "she"),
            "says",
        ),
        (
            "The dog is thrilled. So is my doctor.",
            "Gloria Mendes",
            ("she says, laughing", "she"),
            "says",
        ),
    ],
    ["Ten After Ten,"],
)

article(
    "blind3-en06",
    "en",
    """The last ferry captain of Gull Harbor

For 38 years, Ruth Calloway carried an island’s groceries, mail and secrets across four miles of cold water. This winter, the state is replacing her boat with a bridge.

By Owen Marchetti
Photographs by Lise Aaltonen
January 10, 2027

GULL HARBOR, Maine — Ruth Calloway still wakes at 4:45 every morning, though she no longer has anywhere to be at six.
For almost four decades, the six o’clock run of the Mary Dunning was the island’s first contact with the mainland: the newspapers, the bread, the nurse on Tuesdays, the schoolchildren on weekdays. When the new Harbor Narrows Bridge opened in December, the ferry made its final crossing with 212 passengers aboard, most of whom had come only to say goodbye.
“People think it was a job about boats,” Calloway says, standing on the empty dock. “It wasn’t, really.”
She is 71, small and weathered, with a voice that carries over wind. She took the helm in 1988, after her father, who had run the ferry before her, had a stroke. She tells the story the way she has probably told it a hundred times, without pausing:
“My father called me from the hospital and said, ‘Somebody has to take the morning run, and it isn’t going to be your brother.’ I was 32. I had never docked anything bigger than a skiff.
“The first winter, I hit the pilings so many times that the harbormaster started calling me ‘Bumper.’ The name stuck for about a year. Then it stopped, and nobody ever said why.
“You learn the water the way you learn a person. Not all at once. You just keep showing up.”
Islanders are divided about the bridge. Tom Pelletier, who runs the general store, calls it “the best thing that’s happened here in my lifetime.” His deliveries now arrive in a truck instead of on a pallet lashed to the ferry’s deck.
Others are less sure. “The boat was the front door,” says Annie Doucet, a lobsterman’s widow who has lived on the island for 50 years. “Now anyone can just drive in. I don’t know yet whether that’s good.”
The Maine Department of Transportation says the bridge will cut emergency response times on the island from over an hour to about 12 minutes. A department spokesperson said the ferry had become “increasingly costly to maintain” and that the Mary Dunning would be sold at auction in the spring.
Calloway has thought about buying it back. She laughs when asked what she would do with a 60-foot ferry.
“Nothing,” she says. “I’d just tie her up where I can see her.”
Read more from our series “Vanishing Work”
Listen to this story""",
    [
        (
            "People think it was a job about boats,",
            "Ruth Calloway",
            ("Calloway says", "Calloway"),
            "says",
        ),
        ("It wasn’t, really.", "Ruth Calloway", ("Calloway says", "Calloway"), "says"),
        (
            "My father called me from the hospital and said, ‘Somebody has to take the morning run, and it isn’t going to be your brother.’ I was 32. I had never docked anything bigger than a skiff.",
            "Ruth Calloway",
            ("She tells the story", "She"),
            "tells",
        ),
        (
            "The first winter, I hit the pilings so many times that the harbormaster started calling me ‘Bumper.’ The name stuck for about a year. Then it stopped, and nobody ever said why.",
            "Ruth Calloway",
            ("She tells the story", "She"),
            "tells",
        ),
        (
            "You learn the water the way you learn a person. Not all at once. You just keep showing up.",
            "Ruth Calloway",
            ("She tells the story", "She"),
            "tells",
        ),
        (
            "the best thing that’s happened here in my lifetime.",
            "Tom Pelletier",
            "Tom Pelletier",
            "calls",
        ),
        ("The boat was the front door,", "Annie Doucet", "Annie Doucet", "says"),
        (
            "Now anyone can just drive in. I don’t know yet whether that’s good.",
            "Annie Doucet",
            "Annie Doucet",
            "says",
        ),
        (
            "increasingly costly to maintain",
            "spokesperson",
            "A department spokesperson",
            "said",
        ),
        ("Nothing,", "Ruth Calloway", ("she says. “I’d", "she"), "says"),
        (
            "I’d just tie her up where I can see her.",
            "Ruth Calloway",
            ("she says. “I’d", "she"),
            "says",
        ),
    ],
    ["Vanishing Work"],
)

article(
    "blind3-en07",
    "en",
    """Tornado tears through Harlan Springs, killing 2 and destroying dozens of homes

By JESSICA MONROE and LUIS ECHEVERRIA Associated Press
Updated 6:18 PM CDT, May 12, 2027

HARLAN SPRINGS, Kan. (AP) - A powerful tornado ripped through this small farming town late Monday, killing two people, injuring at least 19 and reducing entire blocks to splintered lumber, officials said Tuesday.
"It looks like somebody took a giant rake to the south side of town," Harlan County Sheriff Wade Kimball said at a morning briefing outside the courthouse. "We are still going house to house. I won't give you a final number until we've checked every basement."
The National Weather Service said a preliminary survey found damage consistent with an EF-3 tornado, with winds of up to 155 mph. The storm was on the ground for about 11 miles and was "unusually fast-moving," according to meteorologist Karen Feld.
The two people killed were a couple in their 80s whose mobile home was thrown into a field, Kimball said. Their names had not been released.
Fire Chief Bob Tenney said crews had pulled six people from collapsed buildings overnight. "Some of these folks were trapped for three, four hours," he said. "They were talking to us the whole time, which is what kept us digging."
Tracy Lindqvist was in her kitchen when her phone buzzed with an alert. She grabbed her two children and her dog and ran for the cellar.
"The whole house was shaking, and then it got real quiet, and then it sounded like a freight train," she said. "When we came up, the roof was gone. Just gone."
A neighbor who asked not to be identified said the warning sirens on the south side had not sounded. "I never heard a thing until my windows blew in," he said.
County officials said they were looking into whether the sirens had failed. Emergency manager Dale Osterhout said the system had passed its monthly test in April and called the reports "concerning."
Gov. Elaine Parrish declared a state of emergency for Harlan County and planned to tour the damage on Wednesday. "Kansans take care of each other, and Harlan Springs will not go through this alone," she said in a statement.
The American Red Cross opened a shelter at Harlan Springs High School, where about 70 people spent the night.
Schools in the district will remain closed through Friday, the superintendent's office said.
___
Associated Press writer Marcus Dunleavy in Kansas City, Missouri, contributed to this report.""",
    [
        (
            "It looks like somebody took a giant rake to the south side of town,",
            "Wade Kimball",
            "Sheriff Wade Kimball",
            "said",
        ),
        (
            "We are still going house to house. I won't give you a final number until we've checked every basement.",
            "Wade Kimball",
            "Sheriff Wade Kimball",
            "said",
        ),
        ("unusually fast-moving,", "Karen Feld", "Karen Feld", "according to"),
        (
            "Some of these folks were trapped for three, four hours,",
            "Bob Tenney",
            ('he said. "They', "he"),
            "said",
        ),
        (
            "They were talking to us the whole time, which is what kept us digging.",
            "Bob Tenney",
            ('he said. "They', "he"),
            "said",
        ),
        (
            "The whole house was shaking, and then it got real quiet, and then it sounded like a freight train,",
            "Tracy Lindqvist",
            ('she said. "When', "she"),
            "said",
        ),
        (
            "When we came up, the roof was gone. Just gone.",
            "Tracy Lindqvist",
            ('she said. "When', "she"),
            "said",
        ),
        (
            "I never heard a thing until my windows blew in,",
            "neighbor",
            ("he said.\nCounty", "he"),
            "said",
        ),
        ("concerning.", "Dale Osterhout", "Dale Osterhout", "called"),
        (
            "Kansans take care of each other, and Harlan Springs will not go through this alone,",
            "Elaine Parrish",
            ("she said in a statement", "she"),
            "said",
        ),
    ],
)

article(
    "blind3-en08",
    "en",
    """Fitness app Strideline exposed location data of 1.4 million users, company says

The San Francisco startup said a misconfigured server left workout routes and home addresses readable for five weeks

By Arjun Mehta
Tech
Updated 3:27 PM EST, Thu February 18, 2027

Strideline, the running and cycling app popular with amateur athletes, said Thursday that a security lapse exposed the precise workout routes and, in many cases, the home locations of about 1.4 million users.
In a statement posted to its blog, the company said a database used for its “Heatmaps” feature had been “inadvertently configured to allow public access” between Jan. 6 and Feb. 11. “We take full responsibility for this failure, and we are deeply sorry,” the statement said.
The exposure was first spotted by Mira Castellanos, an independent security researcher, who said she found the data while scanning for open cloud storage. “You didn’t need a password or any kind of trick. You just had to know where to look,” Castellanos told CNN. She said she reported the problem to Strideline on Feb. 10 and that it was fixed the next day.
Because most users start and end their runs at their front door, the data effectively revealed where people live, she said. “If you can see a route that starts at the same house at 6 a.m. every weekday, you know a lot about that person.”
Strideline’s chief executive, Ben Hollis, wrote in a post on LinkedIn that the company had hired an outside forensics firm and would notify every affected user by email. “Our users trusted us with something deeply personal,” Hollis wrote. “We let them down.”
The company said there was “no evidence” that the data had been downloaded by anyone other than the researcher, but acknowledged that its logs for the period were incomplete.
A spokesperson for the Federal Trade Commission said the agency was “aware of the reports” and declined to comment further. Under federal law, companies can face penalties for failing to protect consumer data they have promised to keep private.
Privacy advocates said the incident fit a familiar pattern. “Fitness apps collect some of the most sensitive data there is, and they are regulated like a weather app,” said Leah Gruber, policy director at the Digital Rights Project.
Strideline, which launched in 2019 and says it has 9 million registered users, introduced a “Privacy Zones” setting last year that hides the start and end of a route. The feature is off by default.
The company’s app will now switch it on automatically for all users, according to the statement.
CNN’s Dana Whitlow contributed reporting.
Related article
How to check which apps are tracking your location""",
    [
        (
            "inadvertently configured to allow public access",
            "Strideline",
            "the company",
            "said",
        ),
        (
            "We take full responsibility for this failure, and we are deeply sorry,",
            "Strideline",
            "the statement",
            "said",
        ),
        (
            "You didn’t need a password or any kind of trick. You just had to know where to look,",
            "Mira Castellanos",
            ("Castellanos told CNN", "Castellanos"),
            "told",
        ),
        (
            "If you can see a route that starts at the same house at 6 a.m. every weekday, you know a lot about that person.",
            "Mira Castellanos",
            ("she said. “If", "she"),
            "said",
        ),
        (
            "Our users trusted us with something deeply personal,",
            "Ben Hollis",
            ("Hollis wrote", "Hollis"),
            "wrote",
        ),
        ("We let them down.", "Ben Hollis", ("Hollis wrote", "Hollis"), "wrote"),
        ("no evidence", "Strideline", "The company", "said"),
        ("aware of the reports", "spokesperson", "A spokesperson", "said"),
        (
            "Fitness apps collect some of the most sensitive data there is, and they are regulated like a weather app,",
            "Leah Gruber",
            "Leah Gruber",
            "said",
        ),
    ],
    ["Heatmaps", "Privacy Zones"],
)


def main() -> None:
    SET.write(Path(__file__).with_name("blind3_en.jsonl"), WORDS_RANGE)


if __name__ == "__main__":
    main()
