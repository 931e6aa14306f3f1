# ruff: noqa: E501, RUF001
# Prose articles with typographic quotation marks: the long lines and the marks are the data.
"""Builds blind24_en.jsonl: a twenty-fourth blind English quotation set (written for depeche, CC0).
Written from scratch by a helper who never read the quotes code, so that its score is an honest,
blind estimate of how ``depeche.quotes`` does on English news text nobody tuned it on. Every
story, person, place and organisation is invented (real countries and cities aside). Beats and
outlets imitated: a matatu strike over a county parking fee (Kenya's Daily Nation: Mr/Ms without
points, an association named with its initials in brackets, a follow-on paragraph, an anonymous
county official, a photo caption credit), villagers refusing relocation after a landslide warning
(Philippine Daily Inquirer: a headline quote in curly single marks with an apostrophe inside, a
mayor's nickname in marks, a quote in Ilocano given in translation, an interrupted quote), a
water-hydrant row in a provincial assembly (Dawn: straight marks, a written reply of a
department, a chanted slogan, "Published in Dawn" residue), a private school's fee rise (Gulf
News: straight marks with inner single quotes, a regulator's circular, an anonymous mother, a fee
name in marks), a speed-camera bill hearing (a US statehouse news service: Sen./Rep. with party
and town in brackets, a committee chair's question and the answer, a two-paragraph testimony,
"-END-" residue), home care workers rejecting a pay offer (a UK trade union's news page: British
single marks with inner double ones and apostrophes, a headline scare quote, a multi-paragraph
quote from the general secretary, an employers' federation, a campaign slogan), a cabled ocean
observatory losing its funding (ScienceInsider: present-tense "says", an agency statement, an
unnamed programme officer, a nested inner quote) and a streamer shelving a finished animated film
(The Hollywood Reporter: film titles in straight single marks in the headline and in curly marks
in the body, an Instagram post, a studio statement, unnamed sources, a guild's statement).
Titles, nicknames, slogans and fee names in marks are listed as non-quotes.
Gold conventions are those of build_dev.py.
Do not tune the extractor on this file: it measures, it does not teach. Run
``python tests/data/quotes/build_blind24_en.py`` after editing.
Bodies are named by their full name, also when the text gives a short one in brackets.
"""

from __future__ import annotations

from pathlib import Path

from build_dev import ArticleSet

SET = ArticleSet()
article = SET.article
WORDS_RANGE = (300, 650)


article(
    "blind24-en01",
    "en",
    """Matatu operators call off strike after county suspends parking fee

Traders say the three-day standoff cost them millions as thousands of commuters walked to work

By KIPROTICH LANGAT
Nakuru
Monday, November 23, 2026

Matatu operators in Nakuru have called off a three-day strike after the county government suspended a new daily parking fee that drivers said would push them out of business.
The Lake Region Matatu Owners Association (LRMOA), whose members ferry an estimated 80,000 commuters daily, had grounded more than 1,200 vehicles since Friday in protest against the Sh400 charge.
“We have agreed to go back to the roads from tomorrow morning, but this is a truce, not a surrender,” association chairman Joseph Wachira told journalists at the main bus park on Sunday evening.
Mr Wachira said operators were already paying “more than six different levies” to the county and the national government. “If you add this one, a small operator with one vehicle goes home with nothing. Some of our members have already sold their vehicles,” he said.
“We are not against order in town. We are against being squeezed.”
READ: Nakuru traders protest new market stall charges
The suspension was announced in a statement signed by the County Executive Committee Member for Roads and Transport, Ms Lydia Chebet, who said the fee would be “reviewed in consultation with all stakeholders”.
“The county remains committed to decongesting the central business district, and we shall not abandon that goal,” Ms Chebet said in the statement.
PHOTO | JOHN NJOROGE | NATION MEDIA GROUP Commuters walk along Kenyatta Avenue in Nakuru town on Saturday during the strike.
Governor Alice Wambui had on Saturday defended the charge, telling residents at a church function in Njoro that “nobody will hold this county hostage”.
But a senior county official who sought anonymity said the executive had been caught off guard by the scale of the strike. “We expected a few hours of noise. Nobody thought they would hold out for three days,” the official said.
Members of the County Assembly also weighed in. “The fee was passed without public participation,” said Bahati Ward MCA Peter Ndirangu, “and that is why the courts will throw it out if the executive tries to bring it back.”
Advertisement
In the town centre, traders counted their losses. Ms Beatrice Atieno, a grocer at Wakulima Market, said she had sold less than a quarter of her usual stock since Friday.
“My customers did not come because they also could not reach town. The tomatoes are rotting,” she said in Kiswahili.
Police said the strike had been largely peaceful, although two vehicles belonging to operators who defied the stoppage had their windscreens smashed on the Nakuru-Nyahururu road. Nakuru East police commander Simon Kiprop said no arrests had been made but investigations were ongoing.
The LRMOA said it would present its own proposal on parking to the county within two weeks.""",
    [
        (
            "We have agreed to go back to the roads from tomorrow morning, but this is a truce, not a surrender,",
            "Joseph Wachira",
            "Joseph Wachira",
            "told",
        ),
        ("more than six different levies", "Joseph Wachira", "Mr Wachira", "said"),
        (
            "If you add this one, a small operator with one vehicle goes home with nothing. Some of our members have already sold their vehicles,",
            "Joseph Wachira",
            (" he said.", "he"),
            "said",
        ),
        (
            "We are not against order in town. We are against being squeezed.",
            "Joseph Wachira",
            None,
            None,
        ),
        (
            "reviewed in consultation with all stakeholders",
            "Lydia Chebet",
            "Ms Lydia Chebet",
            "said",
        ),
        (
            "The county remains committed to decongesting the central business district, and we shall not abandon that goal,",
            "Lydia Chebet",
            "Ms Chebet",
            "said",
        ),
        (
            "nobody will hold this county hostage",
            "Alice Wambui",
            "Governor Alice Wambui",
            "telling",
        ),
        (
            "We expected a few hours of noise. Nobody thought they would hold out for three days,",
            "senior county official",
            "the official",
            "said",
        ),
        (
            "The fee was passed without public participation,",
            "Peter Ndirangu",
            "Peter Ndirangu",
            "said",
        ),
        (
            "and that is why the courts will throw it out if the executive tries to bring it back.",
            "Peter Ndirangu",
            "Peter Ndirangu",
            "said",
        ),
        (
            "My customers did not come because they also could not reach town. The tomatoes are rotting,",
            "Beatrice Atieno",
            ("she said in Kiswahili", "she"),
            "said",
        ),
    ],
)

article(
    "blind24-en02",
    "en",
    """‘We’re not leaving’: Benguet villagers defy evacuation order

By: Kristine Bayot-Lumbres - Correspondent / @InquirerNorth
Philippine Daily Inquirer / 04:30 AM November 23, 2026

TUBLAY, BENGUET, Philippines — More than 60 families in Sitio Gaddang here have refused to leave their homes despite a preemptive evacuation order issued after geologists found widening cracks on the mountain slope above the village.
“We’re not leaving. Our parents are buried here, our gardens are here,” said Carmelita Bayacsan, 58, a vegetable farmer who has lived in the sitio all her life.
Mayor Rodolfo “Dodong” Ticbaen issued the order on Thursday, after the Cordillera Geohazard Assessment Office (CGAO) classified the area as “highly susceptible” to landslides in an advisory sent to the municipal government.
“I cannot force them at gunpoint, but I will not allow children to sleep under that mountain,” Ticbaen told the Inquirer by phone on Sunday.
He said the municipal government had identified a 2-hectare relocation site in Barangay Ambalio, some 4 kilometers away. “The land is ready. What we lack is the money for the houses,” the mayor added.
READ: Landslide buries 3 houses in Benguet town; 1 missing
Engr. Ramon Palaos, a CGAO geologist who inspected the slope last week, said the cracks had widened by about 40 centimeters in seven days.
“The cracks are moving,” Palaos said, “and the heavy rains have not even peaked.”
He said he would recommend that the sitio be declared a “no-build zone,” a measure that would bar residents from rebuilding on the same spot.
For residents like Jomar Lictawa, 34, the relocation site is no answer. “Where will we plant? The land there is rock and cogon grass. We will starve before the mountain falls on us,” he said, speaking in Ilocano.
Bayacsan said many families had spent years terracing their plots for cabbage and carrots, which are sold at the La Trinidad trading post.
“If they give us land we can farm, maybe we will talk,” she said.
INQUIRER PHOTO / KRISTINE BAYOT-LUMBRES
Provincial Board Member Grace Ayochok, who chairs the provincial board’s committee on disaster preparedness, said she would ask the provincial government to fund housing at the relocation site.
“Relocation without livelihood is just eviction with extra steps,” Ayochok said in a privilege speech on Friday. “We owe these farmers more than tents.”
The municipal disaster risk reduction office said at least 14 families had agreed to move to a temporary evacuation center at the Tublay Central School, while others were staying with relatives in nearby villages.
State weather forecasters have warned of more rain over Northern Luzon this week as a low-pressure area moves toward the Cordillera.
Subscribe to our daily newsletter
By providing an e-mail address. I agree to the Terms of Use and acknowledge that I have read the Privacy Policy.""",
    [
        ("We’re not leaving", "Carmelita Bayacsan", None, None),
        (
            "We’re not leaving. Our parents are buried here, our gardens are here,",
            "Carmelita Bayacsan",
            "Carmelita Bayacsan",
            "said",
        ),
        (
            "highly susceptible",
            "Cordillera Geohazard Assessment Office",
            "the Cordillera Geohazard Assessment Office",
            "classified",
        ),
        (
            "I cannot force them at gunpoint, but I will not allow children to sleep under that mountain,",
            "Rodolfo Ticbaen",
            "Ticbaen",
            "told",
        ),
        (
            "The land is ready. What we lack is the money for the houses,",
            "Rodolfo Ticbaen",
            "the mayor",
            "added",
        ),
        ("The cracks are moving,", "Ramon Palaos", ("Palaos said", "Palaos"), "said"),
        (
            "and the heavy rains have not even peaked.",
            "Ramon Palaos",
            ("Palaos said", "Palaos"),
            "said",
        ),
        ("no-build zone,", "Ramon Palaos", ("He said he would", "He"), "said"),
        (
            "Where will we plant? The land there is rock and cogon grass. We will starve before the mountain falls on us,",
            "Jomar Lictawa",
            (" he said, speaking", "he"),
            "said",
        ),
        (
            "If they give us land we can farm, maybe we will talk,",
            "Carmelita Bayacsan",
            (" she said.", "she"),
            "said",
        ),
        (
            "Relocation without livelihood is just eviction with extra steps,",
            "Grace Ayochok",
            ("Ayochok said", "Ayochok"),
            "said",
        ),
        (
            "We owe these farmers more than tents.",
            "Grace Ayochok",
            ("Ayochok said", "Ayochok"),
            "said",
        ),
    ],
    ["Dodong"],
)

article(
    "blind24-en03",
    "en",
    """Opposition stages walkout as minister denies illegal hydrants in Karachi

Our Staff Reporter Published November 23, 2026

KARACHI: The Sindh Assembly on Monday witnessed uproar and a token walkout by the opposition after the local government minister told the house that "no illegal hydrant is operating in the city today".
Responding to a calling-attention notice during question hour, Minister for Local Government Syed Waqar Jafri said the Karachi Metropolitan Water Corporation (KMWC) had demolished 38 illegal connections since July. "The tanker business in this city is now fully regulated. Every tanker carries a token and every token is recorded," he said.
Leader of the Opposition Khurram Saleem Sheikh rejected the claim. "The minister is living in a different Karachi. In my constituency people buy water from the same tankers that the government says do not exist," Mr Sheikh said, holding up what he called receipts from residents of Baldia Town.
He said a family in his constituency spent "more than half of a labourer's monthly wage" on water in the summer months.
Opposition members then gathered in front of the Speaker's rostrum and chanted slogans of "Pani do, pani do" before walking out of the house for around 20 minutes.
Speaker Agha Naveed Durrani repeatedly asked the members to "maintain the decorum of the house" and adjourned the proceedings briefly.
When the session resumed, Mr Jafri said: "I invite the honourable member to show me one illegal hydrant. I will go with him myself tonight, without police and without cameras."
In a written reply to a question by MPA Saira Baloch, the Sindh Local Government Department stated that 14 hydrants "have been sealed and their connections removed" in the current fiscal year, but did not say how many had been reopened.
Ms Baloch told Dawn after the session that the figures did not add up. "If they sealed 14 and demolished 38, who is filling the thousands of tankers we see on Manghopir Road every night?" she asked.
A spokesperson for the KMWC said the city faced a shortfall of "around 450 million gallons per day" and that the utility was "doing what it can with the water it gets". The spokesperson said two new bulk supply lines would be commissioned by June.
Outside the assembly building, a group of women from Orangi Town held a protest with empty plastic containers.
"We get water once in ten days, for two hours. The rest of the time we buy it at Rs3,500 a tanker," said Naseem Bibi, a mother of five. "My husband drives a rickshaw. Tell me how we pay for that."
The house later passed a resolution asking the provincial government to publish the locations of all legal hydrants on the KMWC website.
The session was adjourned till Wednesday.
Published in Dawn, November 24th, 2026""",
    [
        (
            "no illegal hydrant is operating in the city today",
            "Syed Waqar Jafri",
            "the local government minister",
            "told",
        ),
        (
            "The tanker business in this city is now fully regulated. Every tanker carries a token and every token is recorded,",
            "Syed Waqar Jafri",
            (" he said.", "he"),
            "said",
        ),
        (
            "The minister is living in a different Karachi. In my constituency people buy water from the same tankers that the government says do not exist,",
            "Khurram Saleem Sheikh",
            "Mr Sheikh",
            "said",
        ),
        (
            "more than half of a labourer's monthly wage",
            "Khurram Saleem Sheikh",
            ("He said a family", "He"),
            "said",
        ),
        (
            "maintain the decorum of the house",
            "Agha Naveed Durrani",
            "Speaker Agha Naveed Durrani",
            "asked",
        ),
        (
            "I invite the honourable member to show me one illegal hydrant. I will go with him myself tonight, without police and without cameras.",
            "Syed Waqar Jafri",
            "Mr Jafri",
            "said",
        ),
        (
            "have been sealed and their connections removed",
            "Sindh Local Government Department",
            "the Sindh Local Government Department",
            "stated",
        ),
        (
            "If they sealed 14 and demolished 38, who is filling the thousands of tankers we see on Manghopir Road every night?",
            "Saira Baloch",
            ("she asked", "she"),
            "asked",
        ),
        (
            "around 450 million gallons per day",
            "Karachi Metropolitan Water Corporation",
            "A spokesperson for the KMWC",
            "said",
        ),
        (
            "doing what it can with the water it gets",
            "Karachi Metropolitan Water Corporation",
            "A spokesperson for the KMWC",
            "said",
        ),
        (
            "We get water once in ten days, for two hours. The rest of the time we buy it at Rs3,500 a tanker,",
            "Naseem Bibi",
            "Naseem Bibi",
            "said",
        ),
        (
            "My husband drives a rickshaw. Tell me how we pay for that.",
            "Naseem Bibi",
            "Naseem Bibi",
            "said",
        ),
    ],
    ["Pani do, pani do"],
)

article(
    "blind24-en04",
    "en",
    """Dubai parents challenge school's new Dh4,200 charge

Parents at Al Barsha school say they were given two weeks' notice of extra Dh4,200 charge

Published: November 23, 2026 16:42 | Last updated: November 23, 2026 18:05
By Nadia Farouk, Senior Reporter

Dubai: Parents at a private school in Al Barsha have written to the emirate's education regulator after the school introduced a new annual charge of up to Dh4,200 per child, less than two weeks before the start of the second term.
The charge, listed on invoices from Greenfield International Academy as the "Facility Enhancement Contribution", comes on top of tuition fees of between Dh38,000 and Dh61,000 a year.
"We were told about the increase in a two-line email on a Friday evening," said Priya Menon, an Indian expatriate whose two children are in Grade 4 and Grade 7. "No breakdown, no meeting, nothing."
Menon said she had contacted other schools in the area but found no places for the middle of the year.
Another mother, a British national who asked not to be named because her son is still enrolled at the school, said families felt trapped. "I can't move him in the middle of the year, and they know that. Optional is just a nice word on the invoice," she said.
ALSO READ
Dubai private schools: What parents need to know about fee rises in 2027
Tariq Hussain, a Pakistani engineer who chairs the school's parents' council, said more than 300 parents had attended an emergency meeting on Saturday.
"One father stood up and said, 'If this is optional, put it in writing,' and the whole hall applauded," Hussain told Gulf News. "That is all we are asking for."
In a statement to Gulf News, the school's principal, Dr Alan Whitcombe, said the academy "has complied fully with the regulatory framework".
"The contribution is optional for families facing genuine hardship, and no child's place will be affected by non-payment," Dr Whitcombe added in the statement. He said the money would fund a new sports hall and the replacement of air-conditioning units in two buildings.
The Dubai Schools Regulatory Board (DSRB) said in a circular issued to all private schools last month that any charge above the approved fee framework must be "formally approved in advance" and communicated to parents "no later than one full term before it applies".
Asked whether the academy's contribution had been approved, a DSRB spokesperson said: "We have received the parents' letter and are reviewing the matter with the school."
Hussain said the council would wait for the regulator's decision before advising parents on whether to pay.
"Nobody wants a fight with the school our children love. But we need the rules to apply to everyone," he said.
Share this story
Sign up for the Daily Newsletter""",
    [
        (
            "We were told about the increase in a two-line email on a Friday evening,",
            "Priya Menon",
            "Priya Menon",
            "said",
        ),
        ("No breakdown, no meeting, nothing.", "Priya Menon", "Priya Menon", "said"),
        (
            "I can't move him in the middle of the year, and they know that. Optional is just a nice word on the invoice,",
            "mother",
            ("she said.", "she"),
            "said",
        ),
        (
            "One father stood up and said, 'If this is optional, put it in writing,' and the whole hall applauded,",
            "Tariq Hussain",
            "Hussain",
            "told",
        ),
        ("That is all we are asking for.", "Tariq Hussain", "Hussain", "told"),
        (
            "has complied fully with the regulatory framework",
            "Alan Whitcombe",
            "Dr Alan Whitcombe",
            "said",
        ),
        (
            "The contribution is optional for families facing genuine hardship, and no child's place will be affected by non-payment,",
            "Alan Whitcombe",
            "Dr Whitcombe",
            "added",
        ),
        (
            "formally approved in advance",
            "Dubai Schools Regulatory Board",
            "The Dubai Schools Regulatory Board",
            "said",
        ),
        (
            "no later than one full term before it applies",
            "Dubai Schools Regulatory Board",
            "The Dubai Schools Regulatory Board",
            "said",
        ),
        (
            "We have received the parents' letter and are reviewing the matter with the school.",
            "Dubai Schools Regulatory Board",
            "a DSRB spokesperson",
            "said",
        ),
        (
            "Nobody wants a fight with the school our children love. But we need the rules to apply to everyone,",
            "Tariq Hussain",
            (" he said.", "he"),
            "said",
        ),
    ],
    ["Facility Enhancement Contribution"],
)

article(
    "blind24-en05",
    "en",
    """Speed Camera Bill Draws Grieving Parents, Wary Police Chiefs

By Colin McAvoy
STATE HOUSE NEWS SERVICE

STATE HOUSE, BOSTON, NOV. 23, 2026.....Cities and towns would be allowed to install automated speed cameras in school zones and on a short list of dangerous roads under a bill that drew more than four hours of testimony Monday before the Joint Committee on Transportation.
Sen. Ruth Delahanty (D-Easthampton), the bill's lead sponsor, told the committee that Massachusetts is one of a handful of states that still bar local governments from using the technology.
"We are asking crossing guards in reflective vests to do a job that a camera on a pole could do better, and we are asking them to do it with their bodies," Delahanty said.
Under the bill, fines would be capped at $50 for a first offense and would not count against a driver's insurance record. Revenue beyond the cost of running the program would go to a state fund for pedestrian safety projects.
Committee co-chair Rep. Dana Quill (D-Lowell) pressed Delahanty on that point. "Would you accept a hard cap on how much any one town can collect in a year?" Quill asked.
"Absolutely. This was never about revenue," Delahanty replied. "If a town is making money off these cameras, the cameras are in the wrong place."
Rep. Victor Almeida (R-Fall River), who sits on the committee, said he remained "deeply skeptical" of handing enforcement to vendors. "Every time we have outsourced a piece of policing to a private company, the private company has done very well," he said, "and the public has usually done worse."
The Commonwealth Police Executives Association, which represents police chiefs, took no formal position on the bill but said in written testimony that any program should require "human review of every violation before a notice is mailed."
The most emotional testimony came from Marisol Ferreira of Worcester, whose 11-year-old son was struck and killed while riding his bike home from school in 2024.
"The man who hit Tomás was going 47 miles an hour in a 25 zone. He had been caught speeding on that same street twice before, by people, not cameras, and both times he got a warning.
"I am not here because I think a camera would have saved my son. I am here because I know it might save someone else's," Ferreira told the committee, her voice breaking.
Several committee members thanked her. Quill called the testimony "the reason we do these hearings."
The Bay State Civil Liberties Project raised privacy concerns. Its policy director, Anand Iyer, asked lawmakers to bar vendors from keeping images longer than 30 days. "Speed enforcement should not become a back door to a statewide license plate database," Iyer said.
Similar bills have cleared the committee in past sessions but died in House Ways and Means. Delahanty said she was "cautiously hopeful" that this session would be different.
The committee has until early February to report the bill.
-END-
11/23/2026 4:12 PM
Serve Our Readers""",
    [
        (
            "We are asking crossing guards in reflective vests to do a job that a camera on a pole could do better, and we are asking them to do it with their bodies,",
            "Ruth Delahanty",
            "Delahanty",
            "said",
        ),
        (
            "Would you accept a hard cap on how much any one town can collect in a year?",
            "Dana Quill",
            "Quill",
            "asked",
        ),
        ("Absolutely. This was never about revenue,", "Ruth Delahanty", "Delahanty", "replied"),
        (
            "If a town is making money off these cameras, the cameras are in the wrong place.",
            "Ruth Delahanty",
            "Delahanty",
            "replied",
        ),
        ("deeply skeptical", "Victor Almeida", "Rep. Victor Almeida", "said"),
        (
            "Every time we have outsourced a piece of policing to a private company, the private company has done very well,",
            "Victor Almeida",
            (" he said,", "he"),
            "said",
        ),
        ("and the public has usually done worse.", "Victor Almeida", (" he said,", "he"), "said"),
        (
            "human review of every violation before a notice is mailed.",
            "Commonwealth Police Executives Association",
            "The Commonwealth Police Executives Association",
            "said",
        ),
        (
            "The man who hit Tomás was going 47 miles an hour in a 25 zone. He had been caught speeding on that same street twice before, by people, not cameras, and both times he got a warning.",
            "Marisol Ferreira",
            ("Ferreira told", "Ferreira"),
            "told",
        ),
        (
            "I am not here because I think a camera would have saved my son. I am here because I know it might save someone else's,",
            "Marisol Ferreira",
            ("Ferreira told", "Ferreira"),
            "told",
        ),
        ("the reason we do these hearings.", "Dana Quill", "Quill", "called"),
        (
            "Speed enforcement should not become a back door to a statewide license plate database,",
            "Anand Iyer",
            ("Iyer said", "Iyer"),
            "said",
        ),
        ("cautiously hopeful", "Ruth Delahanty", "Delahanty", "said"),
    ],
)

article(
    "blind24-en06",
    "en",
    """Home care workers reject ‘insulting’ pay offer by four to one

News | 23 November 2026

Home care workers in the North West have voted overwhelmingly to reject a pay offer from their employers, in a ballot that closed at midday today.
In a consultative ballot of more than 9,000 members employed by independent care providers, 81 per cent voted to reject the offer of a 2.5 per cent rise and a mileage rate of 28p. Turnout was 64 per cent.
The Care and Community Workers’ Union (CCWU) described the offer as ‘insulting’ to staff who kept services running through two winters of record sickness.
Commenting on the result, CCWU general secretary Bernadette Nolan said:
‘Our members have given their answer, and it could not be clearer. Care workers are not going to accept another year of being paid less than the cost of the petrol it takes to reach the people they look after.
‘Employers keep telling us there is no money in the system. Our members aren’t daft. They see the profits in the annual accounts, and they see who isn’t getting a share of them.
‘We’re asking the providers to come back to the table this week with an offer that values care.’
Share this page: Facebook X Email WhatsApp
The union said it would now move to a formal industrial action ballot if no improved offer was made by 7 December.
Denise Harker, a home care worker from Rotherham with 14 years’ experience, said the mileage rate was the main issue for many members.
‘I drive 40 miles a day between visits and I’m not paid for the time in between. Last week a client’s daughter said to me, “You’re the only person Mum sees all day.” How do you put a price on that? Apparently the answer is 28p a mile,’ she said.
The Independent Homecare Providers Federation, which negotiates on behalf of the employers, said the offer was ‘the best that can be afforded under current council contracts’.
A spokesperson for the federation said: ‘We value our staff enormously and we share their frustration. The real problem is the rates councils pay us, and we would urge the union to join us in making that case to government.’
CCWU regional organiser Marcus Oyelaran said the union would take the federation up on that offer ‘the day it puts a decent rise on the table first’.
The result will be discussed at a members’ rally in Manchester on Saturday, part of the union’s ‘Care Can’t Wait’ campaign.
Join CCWU today
Notes to editors
1. The ballot was run by an independent scrutineer.
2. For media enquiries contact the CCWU press office.""",
    [
        ("insulting", "Care and Community Workers’ Union", None, None),
        (
            "insulting",
            "Care and Community Workers’ Union",
            "The Care and Community Workers’ Union",
            "described",
        ),
        (
            "Our members have given their answer, and it could not be clearer. Care workers are not going to accept another year of being paid less than the cost of the petrol it takes to reach the people they look after.",
            "Bernadette Nolan",
            "Bernadette Nolan",
            ("Bernadette Nolan said:", "said"),
        ),
        (
            "Employers keep telling us there is no money in the system. Our members aren’t daft. They see the profits in the annual accounts, and they see who isn’t getting a share of them.",
            "Bernadette Nolan",
            "Bernadette Nolan",
            ("Bernadette Nolan said:", "said"),
        ),
        (
            "We’re asking the providers to come back to the table this week with an offer that values care.",
            "Bernadette Nolan",
            "Bernadette Nolan",
            ("Bernadette Nolan said:", "said"),
        ),
        (
            "I drive 40 miles a day between visits and I’m not paid for the time in between. Last week a client’s daughter said to me, “You’re the only person Mum sees all day.” How do you put a price on that? Apparently the answer is 28p a mile,",
            "Denise Harker",
            ("she said.", "she"),
            "said",
        ),
        (
            "the best that can be afforded under current council contracts",
            "Independent Homecare Providers Federation",
            "The Independent Homecare Providers Federation",
            "said",
        ),
        (
            "We value our staff enormously and we share their frustration. The real problem is the rates councils pay us, and we would urge the union to join us in making that case to government.",
            "Independent Homecare Providers Federation",
            "A spokesperson for the federation",
            "said",
        ),
        (
            "the day it puts a decent rise on the table first",
            "Marcus Oyelaran",
            "Marcus Oyelaran",
            "said",
        ),
    ],
    ["Care Can’t Wait"],
)

article(
    "blind24-en07",
    "en",
    """Funding cut will silence cabled ocean observatory after 11 years

Researchers say the loss of the seafloor array will leave a hole in records of a warming, acidifying coast

23 Nov 2026
By Jonah Petersen

ScienceInsider
Share:

For 11 years, a 900-kilometer loop of fiber-optic cable off the coast of Oregon has streamed temperature, oxygen and seismic data from the sea floor to shore every second. In June, the lights go out.
The Federal Marine Research Agency (FMRA) confirmed last week that it will end operating support for the Cascadia Margin Cabled Array, which cost about $14 million a year to run, when its current cooperative agreement expires. The array’s 140 instruments will be switched off and, if no new sponsor steps in, eventually hauled up.
“It’s like turning off a weather station the year the hurricane season starts,” says Miriam Oduya, a physical oceanographer at Cascadia State University who has used the array’s oxygen sensors to track low-oxygen “dead zones” spreading along the shelf. “We have 11 years of continuous data,” she says, “and you can’t go back later and collect year 12.”
In a statement, FMRA said the decision reflected “difficult trade-offs in a constrained budget environment” and that the agency remained “committed to ocean observing through more cost-effective platforms.” The agency’s ocean sciences budget was cut by 18% in the spending bill Congress passed in September.
A program officer at the agency, who asked not to be named because they were not authorized to speak to the press, says the choice was made “well above the level of the people who manage the science.” The officer adds that several reviewers had ranked the array among the agency’s most productive facilities.
Researchers who rely on the array say they were given little warning. Henrik Vaage, a geochemist at the Northwest Institute for Marine Studies, says he learned about the decision in a phone call in late October. “The message we got was, ‘Find another sponsor or start packing,’” Vaage says. “That is not a plan for a national facility.”
Related
Deep-sea mining permits spark scientific backlash
Not everyone thinks the loss will be catastrophic. Ocean modeler Priya Raman of the University of Puget Sound Research Center says autonomous gliders and moored buoys could fill “most, though not all,” of the gap at a fraction of the cost. “Cabled observatories were a brilliant idea in the 2000s,” Raman says. “But the field has moved, and budgets have not.”
Oduya disagrees. Gliders, she notes, cannot detect the small earthquakes the array records beneath the continental margin, data that feed into regional tsunami early-warning research.
A consortium of universities is now seeking private and state funding to keep at least the seismic nodes alive. The group has asked the Oregon legislature for $3 million, according to a letter seen by Science.
doi: 10.1126/science.zu8142
Sign up for ScienceAdviser: the latest news, commentary and research, free to your inbox daily""",
    [
        (
            "It’s like turning off a weather station the year the hurricane season starts,",
            "Miriam Oduya",
            "Miriam Oduya",
            "says",
        ),
        ("We have 11 years of continuous data,", "Miriam Oduya", ("she says", "she"), "says"),
        (
            "and you can’t go back later and collect year 12.",
            "Miriam Oduya",
            ("she says", "she"),
            "says",
        ),
        (
            "difficult trade-offs in a constrained budget environment",
            "Federal Marine Research Agency",
            ("FMRA said", "FMRA"),
            "said",
        ),
        (
            "committed to ocean observing through more cost-effective platforms.",
            "Federal Marine Research Agency",
            ("FMRA said", "FMRA"),
            "said",
        ),
        (
            "well above the level of the people who manage the science.",
            "program officer",
            "A program officer at the agency",
            "says",
        ),
        (
            "The message we got was, ‘Find another sponsor or start packing,’",
            "Henrik Vaage",
            ("Vaage says", "Vaage"),
            "says",
        ),
        (
            "That is not a plan for a national facility.",
            "Henrik Vaage",
            ("Vaage says", "Vaage"),
            "says",
        ),
        ("most, though not all,", "Priya Raman", "Priya Raman", "says"),
        (
            "Cabled observatories were a brilliant idea in the 2000s,",
            "Priya Raman",
            ("Raman says", "Raman"),
            "says",
        ),
        (
            "But the field has moved, and budgets have not.",
            "Priya Raman",
            ("Raman says", "Raman"),
            "says",
        ),
    ],
    ["dead zones"],
)

article(
    "blind24-en08",
    "en",
    """'The Lantern Keeper's Daughter' Director Slams Lumen+ for Shelving Finished Film: "I Found Out From a Trade Report"

The $72 million animated feature will not be released theatrically or on the platform as the streamer takes a write-down, sources say.

BY ELLIE KRANTZ
NOVEMBER 23, 2026 1:14PM

Odessa Marlowe-Reyes, director of Lumen+’s animated feature “The Lantern Keeper’s Daughter,” has blasted the streamer for shelving the finished film, which had been slated for a spring release.
“I found out from a trade report, like everyone else,” Marlowe-Reyes wrote in an Instagram post on Sunday night. “Four hundred artists gave five years of their lives to this movie. They deserve better than a line in an earnings call.”
The film, which follows a girl who tends a lighthouse at the edge of a drowned city, was completed in August and had tested well with family audiences, according to two sources familiar with the screenings. One source told The Hollywood Reporter that the scores were “the best the studio had seen for an original in years.”
Lumen+, which has been cutting costs since its merger with cable group Harborline last year, is expected to take a write-down on the $72 million production, multiple sources say.
Courtesy of Lumen+
In a statement to THR, Lumen+ said: “We are immensely proud of the work of everyone involved in The Lantern Keeper’s Daughter. Following a review of our slate, we have made the difficult decision not to move forward with a release at this time.”
The company declined to say whether it would allow the filmmakers to shop the film to other distributors. A person close to the production said Marlowe-Reyes had asked twice for that option and been told it was “not on the table.”
The Animation Artists Guild, which represents many of the film’s crew, called the decision “a gut punch to an entire workforce” and said it would raise the issue in upcoming talks with the studios. “When finished films disappear into a vault, artists lose credits, residuals and the portfolio pieces that get them their next job,” guild president Samuel Okafor-Lind said.
Marlowe-Reyes, whose 2021 short “Paper Moths” was nominated for an Oscar, is repped by Atlas Creative and Lowell & Pike. Her representatives did not respond to a request for comment.
Voice star Celia Brandt, who plays the film’s title character, shared the director’s post with a single line: “Let them see her.”
It is the third completed feature Lumen+ has shelved this year. Asked about the strategy on an investor call this month, chief financial officer Grant Hollis said the company was “prioritizing titles with the clearest path to subscriber growth.”
Related Stories
Lumen+ Cuts 300 Jobs in Animation Restructuring
Sign up for THR news straight to your inbox every day""",
    [
        ("I Found Out From a Trade Report", "Odessa Marlowe-Reyes", None, None),
        (
            "I found out from a trade report, like everyone else,",
            "Odessa Marlowe-Reyes",
            "Marlowe-Reyes",
            "wrote",
        ),
        (
            "Four hundred artists gave five years of their lives to this movie. They deserve better than a line in an earnings call.",
            "Odessa Marlowe-Reyes",
            "Marlowe-Reyes",
            "wrote",
        ),
        ("the best the studio had seen for an original in years.", "source", "One source", "told"),
        (
            "We are immensely proud of the work of everyone involved in The Lantern Keeper’s Daughter. Following a review of our slate, we have made the difficult decision not to move forward with a release at this time.",
            "Lumen+",
            ("Lumen+ said", "Lumen+"),
            "said",
        ),
        (
            "not on the table.",
            "person close to the production",
            "A person close to the production",
            "said",
        ),
        (
            "a gut punch to an entire workforce",
            "Animation Artists Guild",
            "The Animation Artists Guild",
            "called",
        ),
        (
            "When finished films disappear into a vault, artists lose credits, residuals and the portfolio pieces that get them their next job,",
            "Samuel Okafor-Lind",
            "Samuel Okafor-Lind",
            "said",
        ),
        ("Let them see her.", "Celia Brandt", "Voice star Celia Brandt", "shared"),
        (
            "prioritizing titles with the clearest path to subscriber growth.",
            "Grant Hollis",
            "Grant Hollis",
            "said",
        ),
    ],
    ["The Lantern Keeper's Daughter", "The Lantern Keeper’s Daughter,", "Paper Moths"],
)


if __name__ == "__main__":
    SET.write(Path(__file__).with_name("blind24_en.jsonl"), WORDS_RANGE)
