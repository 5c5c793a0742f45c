"""Articles written for the editor's probe of `check` and `facts` (`bench/editor_probe.py`): fictional wire
stories the project wrote itself (fifteenth session), not from any data set. Each: text, faithful key points,
planted errors (kind, bullet, expectation "C" = contradicted or "F" = flagged, i.e. not supported, and a
substring of the contradicting evidence or None), and expected quotes (quote start, speaker)."""

A = []


def art(id, beat, text, faithful, errors, quotes=()):
    A.append(dict(id=id, beat=beat, text=text, faithful=faithful, errors=errors, quotes=quotes))


art("fraud", "courts", """Former trader jailed for eight years over $4.5 billion fraud

LONDON (Reuters) - A former trader at Halvorsen Bank was jailed for eight years on Thursday for his part in a fraud that cost investors $4.5 billion, one of the largest cases brought by the Serious Fraud Office.

Daniel Whitcombe, 42, was convicted in March of four counts of fraud and one of false accounting after a 14-week trial at Southwark Crown Court.

Judge Helen Marsh said Whitcombe had shown "no remorse whatsoever" and had treated pension savers' money "as a personal casino".

"The scale of the harm done here is almost impossible to overstate," she told the court.

His co-defendant, Priya Natarajan, 38, was acquitted of all charges. Her lawyer, Simon Achebe, said she was "relieved that this ordeal is finally over".

The Serious Fraud Office said more than 12,000 investors, most of them in Britain and Norway, had lost money. About two-thirds of the losses have since been recovered, it said.

Whitcombe's lawyers said he would appeal against the sentence.
""",
    ["Ex-Halvorsen Bank trader Daniel Whitcombe was sentenced to eight years in prison over a $4.5bn fraud",
     "Judge Helen Marsh said Whitcombe had shown “no remorse whatsoever”",
     "His co-defendant Priya Natarajan was cleared of all charges",
     "More than 12,000 investors lost money, the Serious Fraud Office said",
     "Around two-thirds of the losses have been recovered",
     "Whitcombe, 42, will appeal against his sentence"],
    [("figure", "Daniel Whitcombe was jailed for 18 years over a $4.5 billion fraud", "C", "jailed for eight years"),
     ("figure", "Whitcombe was jailed over a fraud that cost investors $5.4 billion", "C", "jailed for eight years"),
     ("counted", "Whitcombe was convicted of 14 counts of fraud", "C", "four counts of fraud"),
     ("hedge", "Fewer than 12,000 investors lost money, the Serious Fraud Office said", "C", "more than 12,000"),
     ("rounding", "Three-quarters of the losses have since been recovered", "C", "two-thirds"),
     ("name", "Judge Helen Marsh told the Old Bailey that Whitcombe showed no remorse", "F", None),
     ("quote_speaker", "Simon Achebe said Whitcombe had shown “no remorse whatsoever”", "C", None),
     ("quote_words", "The judge said Whitcombe had treated savers' money “like a cash machine”", "F", None),
     ("negation", "Whitcombe's lawyers said he would not appeal against the sentence", "C", "would appeal"),
     ("antonym", "His co-defendant Priya Natarajan was convicted of all charges", "C", "acquitted")],
    [("no remorse whatsoever", "Helen Marsh"), ("The scale of the harm", "Helen Marsh"),
     ("relieved that this ordeal", "Simon Achebe")])

art("results", "business", """Northway Foods profit jumps 18% as shoppers trade up

Northway Foods reported an 18% rise in annual pre-tax profit to £1.2bn on Wednesday, beating analysts' forecasts, as shoppers returned to its premium ranges.

Sales at the supermarket chain rose 6.4% to £24.3bn in the year to February 28, while like-for-like sales excluding fuel grew 5.1%.

Chief executive Laura Pennington said: "Customers are telling us they want quality back on the table, and they are prepared to pay a little more for it."

The company raised its dividend by 10% to 12.1p a share and said it would buy back £500m of shares over the next year.

However, finance director Marcus Hale warned that wage costs would rise by about £150m this year as the national living wage increased.

Shares in Northway, which employs 190,000 people, closed up 4% at 312p.
""",
    ["Northway Foods' annual pre-tax profit rose 18% to £1.2 billion",
     "Sales climbed 6.4% to £24.3bn in the year to February 28",
     "Laura Pennington said customers “want quality back on the table”",
     "The dividend was increased by 10% to 12.1p a share",
     "Wage costs are expected to rise by around £150m this year, finance director Marcus Hale said",
     "Northway shares ended 4% higher at 312p"],
    [("figure", "Northway Foods' pre-tax profit rose 18% to £2.1bn", "C", "£1.2bn"),
     ("figure", "Sales rose 6.4% to £23.4bn", "C", "£24.3bn"),
     ("counted", "Northway will buy back £500m of shares over the next five years", "C", None),
     ("antonym", "Northway Foods' annual pre-tax profit fell 18% to £1.2bn", "C", "18% rise"),
     ("antonym", "The company cut its dividend by 10% to 12.1p a share", "C", "raised its dividend"),
     ("quote_speaker", "Marcus Hale said customers “want quality back on the table”", "C", None),
     ("name", "Chief executive Laura Pennington said Tesco was losing customers", "F", None),
     ("role", "Finance director Laura Pennington warned that wage costs would rise", "C", None),
     ("figure", "Northway, which employs 90,000 people, closed up 4%", "C", "190,000")],
    [("Customers are telling us", "Laura Pennington")])

art("quake", "disasters", """Earthquake kills at least 2,100 in western Turkey

ANKARA (AP) - A magnitude 7.1 earthquake struck western Turkey before dawn on Monday, killing at least 2,100 people and injuring more than 9,000, officials said.

The quake hit at 4:17 a.m. near the town of Simav, about 150 km south-east of Bursa, the Disaster and Emergency Management Authority (AFAD) said.

Rescuers were still searching the rubble of 1,300 collapsed buildings on Tuesday. Nearly 40,000 people spent the night in tents and sports halls.

"We are racing against time. Every hour counts," Interior Minister Kemal Arslan told reporters in Simav.

A nine-month-old baby was pulled alive from a collapsed apartment block after 31 hours, state broadcaster TRT reported.

The European Union pledged 50 million euros in emergency aid.
""",
    ["A 7.1-magnitude quake in western Turkey killed at least 2,100 people",
     "More than 9,000 people were injured",
     "About 40,000 people spent the night in tents and sports halls",
     "A baby aged nine months was rescued alive after 31 hours",
     "Interior Minister Kemal Arslan said “every hour counts”",
     "The EU pledged €50m in emergency aid"],
    [("figure", "A quake in western Turkey killed 21,000 people", "C", "2,100"),
     ("figure", "Rescuers searched the rubble of 3,100 collapsed buildings", "C", "1,300"),
     ("counted", "The quake injured 2,100 people", "C", "injuring more than 9,000"),
     ("hedge", "Fewer than 2,100 people were killed in the quake", "C", "at least 2,100"),
     ("name", "The quake hit near the town of Kutahya, officials said", "F", None),
     ("quote_words", "Kemal Arslan said rescuers were “doing everything humanly possible”", "F", None),
     ("quote_speaker", "TRT's reporter said “every hour counts”", "C", None),
     ("antonym", "A nine-month-old baby was pulled dead from a collapsed apartment block", "C", "alive"),
     ("figure", "A nine-year-old boy was pulled alive from the rubble after 31 hours", "C", "nine-month-old"),
     ("figure", "The European Union pledged 15 million euros in emergency aid", "C", "50 million euros")],
    [("We are racing against time", "Kemal Arslan")])

art("election", "elections", """Liberal challenger wins Ostrava mayoral race by narrow margin

OSTRAVA, Czech Republic (Reuters) - Liberal challenger Tereza Novakova won the Ostrava mayoral election on Sunday with 50.8% of the vote, unseating incumbent Pavel Dvorak after 12 years in office.

Turnout was 61%, up from 48% four years ago, the city's election commission said.

Novakova, 39, a former paediatric nurse, received 84,211 votes to Dvorak's 81,540.

"Tonight Ostrava chose to look forward," Novakova told cheering supporters at the city's Black Meadow arena.

Dvorak conceded defeat shortly after midnight but said he would not leave politics. "I will serve the people of this city from the council benches," he said.

Novakova has promised to cut public transport fares by a third and build 5,000 affordable homes by 2030.
""",
    ["Tereza Novakova won the Ostrava mayoral race with 50.8% of the vote",
     "She ousted Pavel Dvorak, who had been mayor for 12 years",
     "Turnout rose to 61% from 48%",
     "Dvorak admitted defeat but said he would stay in politics",
     "Novakova pledged to build 5,000 affordable homes by 2030"],
    [("figure", "Tereza Novakova won with 58% of the vote", "C", "50.8%"),
     ("figure", "Novakova received 84,211 votes to Dvorak's 18,540", "C", "81,540"),
     ("role", "Pavel Dvorak won the Ostrava mayoral election, unseating Tereza Novakova", "C", None),
     ("quote_speaker", "Pavel Dvorak said “Tonight Ostrava chose to look forward”", "C", None),
     ("negation", "Dvorak said he would leave politics", "C", "would not leave politics"),
     ("antonym", "Turnout fell to 61% from 48%", "C", "up from 48%"),
     ("rounding", "Novakova promised to cut public transport fares by half", "C", "by a third"),
     ("name", "Novakova, a former nurse from Brno, won the race", "F", None),
     ("year", "Novakova plans to build 5,000 affordable homes by 2035", "C", "by 2030")],
    [("Tonight Ostrava chose", "Tereza Novakova"), ("I will serve the people", "Pavel Dvorak")])

art("football", "sport", """Kane double sends England past Italy into final

Harry Kane scored twice as England beat Italy 2-1 at Wembley on Tuesday to reach the final of the Nations Cup.

Federico Rossi had given Italy the lead in the 23rd minute before Kane levelled from the penalty spot just before half-time.

The England captain then headed in Bukayo Saka's cross in the 78th minute to secure a first final in three years.

"Harry is the best finisher in the world, and he showed it again tonight," England manager Gareth Holloway said.

Italy coach Marco Benedetti said his side had been "punished for one moment of weakness".

England will face Spain in the final in Munich on Sunday. A crowd of 81,942 watched the semi-final.
""",
    ["England beat Italy 2-1 at Wembley to reach the Nations Cup final",
     "Kane equalised from the spot before half-time after Federico Rossi's opener",
     "Holloway called Kane “the best finisher in the world”",
     "England play Spain in Munich on Sunday",
     "The semi-final drew a crowd of 81,942"],
    [("figure", "England beat Italy 3-1 at Wembley to reach the final", "F", None),
     ("role", "Italy beat England 2-1 at Wembley", "C", None),
     ("name", "Harry Kane and Jude Bellingham scored as England beat Italy", "F", None),
     ("quote_speaker", "Italy coach Marco Benedetti said “Harry is the best finisher in the world”", "C", None),
     ("ordinal", "Kane headed in Bukayo Saka's cross in the 87th minute", "F", "78th minute"),
     ("place", "England will face Spain in the final in Lisbon on Sunday", "F", None),
     ("day", "England will face Spain in the final on Saturday", "C", "on Sunday"),
     ("role", "England manager Marco Benedetti praised Harry Kane", "C", None)],
    [("Harry is the best finisher", "Gareth Holloway"), ("punished for one moment", "Marco Benedetti")])

art("hospital", "health", """NHS waiting list falls for third month in a row

The waiting list for routine hospital treatment in England fell to 7.54 million in June, down from 7.57 million in May, NHS England figures showed on Thursday.

It was the third consecutive monthly fall, although the list remains about 3 million higher than before the pandemic.

The number of patients waiting more than 18 months for treatment fell to 9,400, from 10,700 a month earlier.

Health Secretary Wes Carter said the figures showed "the NHS is turning a corner".

But Dr Aisha Malik, chair of the Royal College of Emergency Medicine, said A&E performance was "still nowhere near good enough", with 142,000 patients waiting more than 12 hours in emergency departments in June.

Ambulances took an average of 36 minutes to reach heart attack and stroke patients, against a target of 18 minutes.
""",
    ["England's hospital waiting list fell to 7.54 million in June",
     "It was the third monthly fall in a row",
     "Patients waiting over 18 months dropped to 9,400 from 10,700",
     "Wes Carter said the NHS was “turning a corner”",
     "Ambulances took 36 minutes on average to reach heart attack and stroke patients, twice the 18-minute target"],
    [("antonym", "England's hospital waiting list rose to 7.54 million in June", "C", "fell to 7.54 million"),
     ("figure", "The waiting list fell to 7.45 million in June", "C", "7.54 million"),
     ("counted", "142,000 patients waited more than 18 months for treatment", "F", None),
     ("quote_speaker", "Dr Aisha Malik said the NHS was “turning a corner”", "C", None),
     ("quote_words", "Wes Carter said the figures were “a real milestone”", "F", None),
     ("ordinal", "It was the fourth consecutive monthly fall", "C", "third consecutive"),
     ("figure", "Ambulances took an average of 63 minutes to reach heart attack patients", "C", "36 minutes"),
     ("name", "Dr Aisha Malik of the British Medical Association criticised A&E performance", "F", None),
     ("month", "The waiting list fell to 7.54 million in July", "C", "in June")],
    [("the NHS is turning a corner", "Wes Carter"), ("still nowhere near good enough", "Aisha Malik")])

art("science", "science", """Astronomers find water vapour on nearby rocky planet

Astronomers have detected water vapour in the atmosphere of a rocky planet 48 light years from Earth, the first such finding for a world of its size, a team led by the University of Leiden said on Wednesday.

The planet, known as LHS 1140 c, is about 1.6 times the size of Earth and orbits a red dwarf star every 3.8 days.

Using the James Webb Space Telescope, the team observed the planet passing in front of its star four times between March and May last year.

"This does not mean there is life there, but it tells us rocky planets can hold on to an atmosphere," said Professor Ingrid de Vries, who led the study.

The findings were published in the journal Nature. Other scientists urged caution: Dr Samuel Okoye of Caltech said the signal was "intriguing but not yet conclusive".
""",
    ["Water vapour has been found in the atmosphere of a rocky planet 48 light years away",
     "The planet is roughly 1.6 times as big as Earth",
     "Professor Ingrid de Vries said the finding “does not mean there is life there”",
     "Dr Samuel Okoye called the signal “intriguing but not yet conclusive”",
     "The results were published in Nature"],
    [("figure", "The planet is 84 light years from Earth", "C", "48 light years"),
     ("figure", "The planet orbits its star every 8.3 days", "C", "3.8 days"),
     ("negation", "Professor de Vries said the finding means there is life on the planet", "F", None),
     ("quote_speaker", "Professor Ingrid de Vries said the signal was “intriguing but not yet conclusive”", "C", None),
     ("name", "The team was led by the University of Amsterdam", "F", None),
     ("name", "The findings were published in the journal Science", "F", None),
     ("figure", "The team watched the planet pass in front of its star six times", "C", "four times"),
     ("instrument", "The team used the Hubble Space Telescope", "F", None)],
    [("This does not mean there is life", "Ingrid de Vries"), ("intriguing but not yet conclusive", "Samuel Okoye")])

art("murder", "courts", """Man found guilty of murdering teenager in Leeds park

A 27-year-old man has been found guilty of murdering a teenager who was stabbed in a Leeds park last summer.

Jordan Pryce, of Harehills, stabbed 17-year-old Callum Reid three times during a row over a stolen bicycle in Potternewton Park on 14 August, Leeds Crown Court heard.

A jury of eight men and four women took just under five hours to reach its verdict. A second man, Tyler Brooks, 24, was cleared of murder but convicted of perverting the course of justice.

In a statement read outside court, Callum's mother, Joanne Reid, said: "No verdict will bring our boy back, but today the truth has been told."

Detective Chief Inspector Mark Ellison of West Yorkshire Police said knife crime "destroys families".

Pryce will be sentenced on 3 May.
""",
    ["Jordan Pryce was convicted of murdering 17-year-old Callum Reid in a Leeds park",
     "Callum was stabbed three times in a row over a stolen bike",
     "The jury deliberated for just under five hours",
     "Tyler Brooks was cleared of murder but found guilty of perverting the course of justice",
     "Joanne Reid said “today the truth has been told”",
     "Pryce will be sentenced on 3 May"],
    [("figure", "Jordan Pryce stabbed 16-year-old Callum Reid three times", "C", "17-year-old"),
     ("figure", "Callum Reid was stabbed five times during a row over a bicycle", "C", "three times"),
     ("role", "Callum Reid stabbed Jordan Pryce during a row over a stolen bicycle", "C", None),
     ("antonym", "Tyler Brooks was convicted of murder", "C", "cleared of murder"),
     ("quote_speaker", "Mark Ellison said “today the truth has been told”", "C", None),
     ("name", "Jordan Pryce, of Chapeltown, was found guilty of murder", "F", None),
     ("hedge", "The jury took more than five hours to reach its verdict", "C", "just under five hours"),
     ("month", "Pryce will be sentenced on 3 June", "C", "3 May")],
    [("No verdict will bring", "Joanne Reid"), ("destroys families", "Mark Ellison")])

art("rates", "business", """Bank of England holds rates at 5.25% as inflation eases

The Bank of England kept interest rates at 5.25% on Thursday, holding borrowing costs at a 15-year high for a third meeting in a row.

The Monetary Policy Committee voted 6-3 to keep rates unchanged, with three members backing a rise to 5.5%.

Inflation fell to 4.6% in October from 6.7% in September, its lowest level in two years, helped by lower energy prices.

Governor Andrew Bailey said it was "much too early" to think about cutting rates. "We will keep policy tight for as long as it takes," he said.

Economists at Capital Economics expect the first cut in the second half of next year.
""",
    ["The Bank of England left interest rates at 5.25%",
     "The Monetary Policy Committee split 6-3, with three members voting for a rise to 5.5%",
     "Inflation dropped to 4.6% in October from 6.7%",
     "Andrew Bailey said it was “much too early” to think about cutting rates"],
    [("antonym", "The Bank of England raised interest rates to 5.25%", "C", "kept interest rates"),
     ("figure", "Inflation fell to 6.4% in October", "C", "4.6%"),
     ("figure", "The Monetary Policy Committee voted 7-2 to keep rates unchanged", "F", None),
     ("negation", "Andrew Bailey said it was not too early to think about cutting rates", "C", None),
     ("quote_words", "Andrew Bailey said rates would stay “higher for longer”", "F", None),
     ("name", "Chancellor Jeremy Hunt welcomed the fall in inflation", "F", None),
     ("ordinal", "Rates were held for a fourth meeting in a row", "C", "third meeting"),
     ("figure", "Rates are at a 25-year high", "C", "15-year high")],
    [("much too early", "Andrew Bailey"), ("We will keep policy tight", "Andrew Bailey")])

art("floods", "disasters", """Floods force 1.2m from homes in Bangladesh

DHAKA (AFP) - Floods triggered by a week of monsoon rains have forced about 1.2m people from their homes in north-eastern Bangladesh and killed at least 46, officials said on Saturday.

The Surma river burst its banks in Sylhet on Thursday, submerging roads and cutting power to two-thirds of the city.

"The situation is worse than 2022. We have never seen water rise this fast," said Mohammad Rahim, a district administrator in Sunamganj.

The army has deployed 3,000 soldiers and 200 boats to help with rescues. The UN children's agency Unicef said more than 770,000 children were in urgent need of help.

Forecasters expect more heavy rain until Tuesday.
""",
    ["Around 1.2 million people have been driven from their homes by floods in Bangladesh",
     "At least 46 people have died",
     "Power was cut to two-thirds of Sylhet after the Surma burst its banks",
     "The army sent 3,000 soldiers and 200 boats",
     "Unicef says over 770,000 children urgently need help"],
    [("figure", "Floods have forced 12 million people from their homes", "C", "1.2m"),
     ("counted", "Floods have killed 200 people", "F", None),
     ("hedge", "Fewer than 46 people have died", "C", "at least 46"),
     ("rounding", "Power was cut to three-quarters of Sylhet", "C", "two-thirds"),
     ("name", "The Meghna river burst its banks in Sylhet", "F", None),
     ("quote_speaker", "A Unicef spokesman said “We have never seen water rise this fast”", "C", None),
     ("figure", "The army deployed 30,000 soldiers", "C", "3,000 soldiers"),
     ("day", "The Surma river burst its banks on Wednesday", "C", "on Thursday")],
    [("The situation is worse", "Mohammad Rahim")])

art("transfer", "sport", """Celtic sign Norwegian striker Haugen for club-record £11m

Celtic have signed Norway striker Erik Haugen from Rosenborg for a club-record fee of £11m, the Scottish champions announced on Friday.

The 23-year-old, who scored 27 goals in 34 league games last season, has agreed a five-year contract.

"Erik has everything we look for: pace, hunger and an eye for goal," Celtic manager Brendan Rodgers said.

The fee beats the £9.5m Celtic paid for Kyogo Furuhashi's successor two years ago. Rosenborg will also receive 15% of any future sale.

Haugen becomes Celtic's fourth signing of the summer.
""",
    ["Celtic have bought Erik Haugen from Rosenborg for a club record £11 million",
     "The Norwegian forward, 23, scored 27 goals in 34 league games last season",
     "Haugen signed a five-year deal",
     "Brendan Rodgers said Haugen had “pace, hunger and an eye for goal”"],
    [("figure", "Celtic paid a club-record £15m for Erik Haugen", "C", "£11m"),
     ("counted", "Haugen scored 34 goals in 27 league games last season", "C", None),
     ("figure", "Haugen has agreed a three-year contract", "C", "five-year contract"),
     ("name", "Celtic signed Erik Haugen from Molde", "F", None),
     ("ordinal", "Haugen is Celtic's third signing of the summer", "C", "fourth signing"),
     ("quote_words", "Brendan Rodgers called Haugen “the complete striker”", "F", None),
     ("figure", "Rosenborg will receive 25% of any future sale", "C", "15%")],
    [("Erik has everything", "Brendan Rodgers")])

art("recall", "health", """Baby formula recalled after salmonella found at plant

US regulators ordered the recall of more than 300 batches of baby formula on Monday after salmonella was found at a factory in Michigan.

The Food and Drug Administration said 14 infants had fallen ill after drinking formula made at the Sturgis plant, and two had been admitted to hospital. None has died.

Manufacturer Abbott Nutrition said the recall was "a precautionary step" and that no bacteria had been found in any finished product.

FDA commissioner Robert Califf said parents should check batch numbers on the company's website. "Do not feed your baby any formula from the affected lots," he said.

The plant, which makes about a fifth of the formula sold in the United States, has been shut.
""",
    ["Regulators ordered more than 300 batches of baby formula recalled",
     "Fourteen babies fell ill and two were taken to hospital",
     "No infant has died",
     "Abbott called the recall “a precautionary step”",
     "The plant makes around a fifth of US formula"],
    [("figure", "More than 3,000 batches of baby formula were recalled", "C", "more than 300"),
     ("antonym", "Fourteen infants fell ill and two have died", "C", "None has died"),
     ("negation", "Salmonella was found in finished products, Abbott said", "F", None),
     ("quote_speaker", "Robert Califf called the recall “a precautionary step”", "C", None),
     ("name", "The salmonella was found at a factory in Ohio", "F", None),
     ("rounding", "The plant makes about a third of the formula sold in the US", "C", "a fifth"),
     ("counted", "Fourteen infants were admitted to hospital", "C", "two had been admitted")],
    [("a precautionary step", "Abbott Nutrition"), ("Do not feed your baby", "Robert Califf")])

art("strike", "business", """Rail workers vote to strike over pay

Rail workers at Britain's biggest train operator have voted to strike in a dispute over pay, the RMT union said on Monday.

Of the 9,200 members balloted at Northern Rail, 78% voted in favour of action on a turnout of 64%.

RMT general secretary Mick Lynch said the company's offer of a 3% rise was "an insult to workers facing soaring bills".

Northern's managing director, Tricia Williams, said the offer was "fair and affordable" and urged the union to return to talks.

No dates have been set, but the union must give two weeks' notice of any walkout.
""",
    ["RMT members at Northern Rail backed strike action over pay",
     "78% voted in favour, on a 64% turnout",
     "Mick Lynch said the 3% offer was “an insult to workers facing soaring bills”",
     "Tricia Williams called the offer “fair and affordable”",
     "Strike dates have not yet been set"],
    [("figure", "87% of members voted in favour of action", "C", "78%"),
     ("counted", "78% of members turned out to vote", "C", "64%"),
     ("antonym", "Rail workers at Northern have voted against a strike", "C", None),
     ("quote_speaker", "Tricia Williams said the offer was “an insult to workers facing soaring bills”", "C", None),
     ("quote_speaker", "Mick Lynch said the offer was “fair and affordable”", "C", None),
     ("name", "Aslef members at Northern voted to strike", "F", None),
     ("figure", "The union must give four weeks' notice of any walkout", "C", "two weeks"),
     ("negation", "Strike dates have been set", "F", None)],
    [("an insult to workers", "Mick Lynch"), ("fair and affordable", "Tricia Williams")])

art("wildfire", "disasters", """Wildfire destroys 400 homes near Athens

ATHENS (Reuters) - A wildfire fanned by gale-force winds has destroyed about 400 homes on the outskirts of Athens and forced the evacuation of 12 villages, Greek officials said on Sunday.

More than 600 firefighters, backed by 25 water-dropping aircraft, were battling the blaze, which has burned 10,000 hectares since Friday.

One volunteer firefighter, aged 54, died when his truck overturned, the fire service said.

"This is a biblical catastrophe," said Marathon mayor Stergios Tsirkas. Prime Minister Kyriakos Mitsotakis cut short a trip to Brussels to return to Athens.

Italy and France have sent planes to help.
""",
    ["A wildfire near Athens has destroyed around 400 homes",
     "Twelve villages were evacuated",
     "Over 600 firefighters and 25 aircraft fought the fire",
     "A 54-year-old volunteer firefighter was killed",
     "Kyriakos Mitsotakis cut short a visit to Brussels"],
    [("figure", "The wildfire has destroyed about 4,000 homes", "C", "about 400 homes"),
     ("figure", "The fire has burned 100,000 hectares since Friday", "C", "10,000 hectares"),
     ("figure", "A 45-year-old volunteer firefighter died", "C", "aged 54"),
     ("counted", "Twenty-five villages were evacuated", "C", "12 villages"),
     ("quote_speaker", "Kyriakos Mitsotakis called the fire “a biblical catastrophe”", "C", None),
     ("name", "Spain and France have sent planes to help", "F", None),
     ("place", "Kyriakos Mitsotakis cut short a trip to Paris", "F", None),
     ("harm", "A volunteer firefighter was injured when his truck overturned", "C", None)],
    [("This is a biblical catastrophe", "Stergios Tsirkas")])

art("tech", "business", """Chipmaker Veltrix to cut 4,000 jobs as demand slumps

Veltrix, the Dutch chipmaker, said on Tuesday it would cut 4,000 jobs, about 11% of its workforce, after quarterly revenue fell by a quarter.

Revenue for the three months to September dropped 25% to €2.8 billion, while the company swung to a net loss of €310 million from a profit of €540 million a year earlier.

Chief executive Jan-Willem Bakker said the industry was going through "the deepest downturn in a decade".

Most of the cuts will fall in the Netherlands and Germany. The company will also close its plant in Dresden by the end of next year.

Shares fell 7% in Amsterdam.
""",
    ["Veltrix will cut 4,000 jobs, roughly 11% of its staff",
     "Quarterly revenue dropped 25% to €2.8bn",
     "The company made a net loss of €310m, against a €540m profit a year earlier",
     "Jan-Willem Bakker spoke of “the deepest downturn in a decade”",
     "Veltrix shares fell 7%"],
    [("figure", "Veltrix will cut 40,000 jobs", "C", "4,000 jobs"),
     ("antonym", "Veltrix made a net profit of €310 million", "C", None),
     ("figure", "Quarterly revenue dropped by a third to €2.8bn", "C", "25%"),
     ("name", "Veltrix will close its plant in Eindhoven", "F", None),
     ("quote_words", "Jan-Willem Bakker said conditions were “worse than the financial crisis”", "F", None),
     ("antonym", "Veltrix shares rose 7% in Amsterdam", "C", "fell 7%"),
     ("counted", "Veltrix will cut 11% of its plants", "F", None)],
    [("the deepest downturn", "Jan-Willem Bakker")])

art("tennis", "sport", """Swiatek beats Sabalenka to win third French Open title

Iga Swiatek won her third French Open title on Saturday, beating Aryna Sabalenka 6-2 5-7 6-3 in two hours and 46 minutes.

The Polish world number one, 22, saved two break points in the final game to seal her fifth Grand Slam title.

"I felt a bit of pressure today, but I'm so proud of how I handled it," Swiatek said.

Sabalenka, who had not dropped a set all tournament, said she was "heartbroken" but proud of her run. She will return to world number two on Monday.

Swiatek receives 2.3 million euros in prize money.
""",
    ["Iga Swiatek beat Aryna Sabalenka in three sets to win the French Open",
     "It is Swiatek's third French Open and fifth Grand Slam title",
     "The 22-year-old saved two break points in the last game",
     "Sabalenka said she was “heartbroken”"],
    [("role", "Aryna Sabalenka beat Iga Swiatek to win the French Open", "C", None),
     ("ordinal", "Swiatek won her fourth French Open title", "C", "third French Open"),
     ("figure", "Swiatek saved three break points in the final game", "C", "two break points"),
     ("quote_speaker", "Sabalenka said “I'm so proud of how I handled it”", "C", None),
     ("figure", "Swiatek receives 3.2 million euros in prize money", "C", "2.3 million euros"),
     ("negation", "Sabalenka had dropped a set earlier in the tournament", "F", None),
     ("name", "Swiatek beat Coco Gauff in the final", "F", None)],
    [("I felt a bit of pressure", "Iga Swiatek"), ("heartbroken", "Aryna Sabalenka")])

art("budget", "politics", """Council approves £48m plan to rebuild flood defences

Glenmoor council voted on Tuesday to approve a £48m plan to rebuild the town's river defences, two years after floods damaged more than 300 homes.

Councillors backed the scheme by 31 votes to 9. Work is expected to begin in May and take three years.

Council leader Anne Fairweather said the vote was "a promise to every family who lost everything in 2022".

Opposition councillor Tom Reed, who voted against the plan, said it would add £120 a year to the average council tax bill. "We cannot ask pensioners to pay for the Environment Agency's failures," he said.

The Environment Agency will contribute £15m.
""",
    ["Glenmoor council approved a £48m flood defence plan",
     "Councillors voted 31 to 9 in favour",
     "Work should start in May and last three years",
     "Tom Reed said the plan would add £120 a year to the average council tax bill",
     "The Environment Agency is putting in £15m"],
    [("antonym", "Glenmoor council rejected a £48m flood defence plan", "C", "approve"),
     ("figure", "Floods two years ago damaged more than 3,000 homes", "C", "more than 300"),
     ("person", "Anne Fairweather voted against the plan", "C", None),
     ("quote_speaker", "Anne Fairweather said “We cannot ask pensioners to pay for the Environment Agency's failures”", "C", None),
     ("month", "Work is expected to begin in March", "C", "begin in May"),
     ("figure", "The plan would add £210 a year to the average council tax bill", "C", "£120"),
     ("counted", "The Environment Agency will contribute £48m", "F", None),
     ("vote", "Tom Reed voted for the plan", "C", None)],
    [("a promise to every family", "Anne Fairweather"), ("We cannot ask pensioners", "Tom Reed")])

art("airline", "business", """Skyline Airways cancels 1,700 flights after IT failure

Skyline Airways cancelled about 1,700 flights on Friday after a computer failure grounded its fleet for six hours, leaving tens of thousands of passengers stranded.

The airline said the fault, in a crew scheduling system supplied by Texas-based Aerosoft, was not caused by a cyber attack.

Chief operating officer Dana Whitfield apologised to customers. "We let our passengers down today, and we are deeply sorry," she said.

Passengers whose flights were cancelled will get full refunds and vouchers worth $200. The US Transportation Department said it would investigate.

Skyline operates about 4,500 flights a day.
""",
    ["Skyline Airways scrapped around 1,700 flights after a computer fault",
     "The outage grounded its fleet for six hours",
     "The airline said it was not a cyber attack",
     "Dana Whitfield said the airline was “deeply sorry”",
     "Affected passengers will receive refunds and $200 vouchers"],
    [("figure", "Skyline Airways cancelled about 7,100 flights", "C", "1,700"),
     ("negation", "The airline said the fault was caused by a cyber attack", "C", "not caused by a cyber attack"),
     ("figure", "Passengers will get vouchers worth $300", "C", "$200"),
     ("name", "The faulty system was supplied by Microsoft", "F", None),
     ("figure", "The computer failure grounded the fleet for 16 hours", "C", "six hours"),
     ("quote_words", "Dana Whitfield said the failure was “completely unacceptable”", "F", None),
     ("name", "The Federal Aviation Administration said it would investigate", "F", None)],
    [("We let our passengers down", "Dana Whitfield")])

art("vaccine", "health", """Malaria vaccine cuts child deaths by 13%, study finds

A malaria vaccine given to young children in Africa cut deaths from all causes by 13% over four years, according to a study published on Thursday in The Lancet.

The trial followed 45,000 children aged between five and 17 months in Ghana, Kenya and Malawi. Severe malaria cases fell by almost a third among those vaccinated.

"These are lives saved on a scale we rarely see," said Dr Kwame Asante, who led the Ghanaian arm of the study.

The World Health Organization recommended the vaccine in 2021. About 600,000 people die of malaria each year, most of them children under five in Africa.
""",
    ["A malaria vaccine reduced child deaths by 13% over four years",
     "The study followed 45,000 children in Ghana, Kenya and Malawi",
     "Severe malaria fell by nearly a third among vaccinated children",
     "Dr Kwame Asante said “These are lives saved on a scale we rarely see”",
     "Around 600,000 people die of malaria every year"],
    [("figure", "The vaccine cut child deaths by 31%", "C", "13%"),
     ("figure", "The study followed 54,000 children", "C", "45,000"),
     ("place", "The trial took place in Ghana, Kenya and Nigeria", "F", None),
     ("name", "The study was published in the New England Journal of Medicine", "F", None),
     ("year", "The WHO recommended the vaccine in 2019", "C", "in 2021"),
     ("rounding", "Severe malaria cases fell by half among vaccinated children", "C", "almost a third"),
     ("counted", "About 600,000 children die of malaria each year", "F", None)],
    [("These are lives saved", "Kwame Asante")])

art("mine", "disasters", """Eleven miners trapped after collapse in Chile

SANTIAGO (AP) - Eleven miners were trapped more than 400 metres underground on Wednesday after part of a copper mine collapsed in northern Chile, the mining ministry said.

Rescuers had made contact with nine of the men through a ventilation shaft and said they were alive and had water. Two others have not been located.

Mining Minister Aurora Williams said teams were drilling a 30cm borehole to send food and medicine. "We will not rest until every one of them is home," she said.

The El Teniente-owned San Lorenzo mine employs about 1,100 people. It was closed in 2019 after a fire and reopened last year.
""",
    ["Eleven miners are trapped more than 400 metres underground in Chile",
     "Rescuers have reached nine of the miners, who are alive",
     "Two miners have not been found",
     "Aurora Williams said teams were drilling a 30cm borehole to get supplies to the men"],
    [("figure", "Twelve miners were trapped after the collapse", "C", "Eleven miners"),
     ("figure", "The miners are trapped more than 4,000 metres underground", "C", "400 metres"),
     ("counted", "Rescuers made contact with two of the men", "C", "nine of the men"),
     ("negation", "Rescuers said the nine men did not have water", "C", None),
     ("name", "Mining Minister Aurora Williams said Codelco was helping", "F", None),
     ("year", "The mine was closed in 2017 after a fire", "C", "2019"),
     ("quote_words", "Aurora Williams said rescuers were “working around the clock”", "F", None)],
    [("We will not rest", "Aurora Williams")])

art("trial_ceo", "courts", """Former Crestwell chief cleared of insider trading

A jury in New York on Friday acquitted former Crestwell Pharmaceuticals chief executive Martin Osei of insider trading, ending a three-week trial.

Prosecutors had accused Osei, 58, of selling $3.2m of shares days before the company announced a failed drug trial in 2021.

Osei's lawyer, Rebecca Stone, said her client had been "completely vindicated". The US Attorney's office said it respected the verdict.

Crestwell's former finance chief, Gary Lund, pleaded guilty last year and testified against Osei. He will be sentenced in September.
""",
    ["A New York jury acquitted ex-Crestwell CEO Martin Osei of insider trading",
     "Osei had been accused of selling $3.2 million of shares before a failed drug trial was announced",
     "Rebecca Stone said Osei had been “completely vindicated”",
     "Former finance chief Gary Lund, who pleaded guilty, testified against Osei"],
    [("antonym", "A New York jury convicted former Crestwell chief Martin Osei of insider trading", "C", "acquitted"),
     ("figure", "Osei was accused of selling $2.3m of shares", "C", "$3.2m"),
     ("role", "Martin Osei testified against Gary Lund", "C", None),
     ("person", "Martin Osei pleaded guilty last year", "C", None),
     ("quote_speaker", "Gary Lund said Osei had been “completely vindicated”", "C", None),
     ("figure", "The trial lasted five weeks", "C", "three-week trial"),
     ("place", "A jury in Boston acquitted Martin Osei", "F", None)],
    [("completely vindicated", "Rebecca Stone")])

art("storm", "disasters", """Storm Ciara leaves 200,000 homes without power

Storm Ciara brought winds of up to 97mph to parts of Britain on Sunday, leaving about 200,000 homes without power and causing widespread travel disruption.

The Met Office issued amber warnings for wind across northern England and Scotland, and more than 200 flood warnings were in place.

Network Rail said dozens of lines were closed by fallen trees. British Airways cancelled 120 flights at Heathrow.

A 58-year-old man died when a tree fell on his car in Hampshire, police said.

"This is the most powerful storm we have seen in seven years," Met Office forecaster Alex Burkill said.
""",
    ["Storm Ciara left around 200,000 homes without electricity",
     "Gusts reached 97mph in parts of Britain",
     "British Airways cancelled 120 flights at Heathrow",
     "A man of 58 died when a tree hit his car in Hampshire"],
    [("figure", "Storm Ciara brought winds of up to 79mph", "C", "97mph"),
     ("counted", "More than 200 flights were cancelled at Heathrow", "F", None),
     ("name", "Easyjet cancelled 120 flights at Heathrow", "F", None),
     ("place", "A man died when a tree fell on his car in Kent", "F", None),
     ("harm", "A 58-year-old man was injured when a tree fell on his car", "C", None),
     ("quote_speaker", "A Network Rail spokesman said it was “the most powerful storm we have seen in seven years”", "C", None),
     ("figure", "The Met Office said it was the most powerful storm in 17 years", "C", "seven years")],
    [("This is the most powerful storm", "Alex Burkill")])

art("cricket", "sport", """Root century puts England in control against India

Joe Root scored his 34th Test century as England reached 358 for four at the close on the first day of the third Test against India at Old Trafford.

Root was unbeaten on 132, sharing a partnership of 189 with Ben Stokes, who made 77 before he was caught at slip off Ravindra Jadeja.

India captain Rohit Sharma said his bowlers had been "too inconsistent" in the afternoon session.

England lead the five-match series 1-0.
""",
    ["Joe Root made his 34th Test hundred as England reached 358-4 on day one",
     "Root and Ben Stokes put on 189",
     "Stokes was caught off Ravindra Jadeja for 77",
     "England are 1-0 up in the five-match series"],
    [("ordinal", "Joe Root scored his 43rd Test century", "C", "34th"),
     ("figure", "Root was unbeaten on 123", "C", "132"),
     ("figure", "Stokes made 87 before he was caught at slip", "C", "77"),
     ("role", "Ben Stokes was caught off Joe Root", "F", None),
     ("quote_speaker", "Ben Stokes said India's bowlers had been “too inconsistent”", "C", None),
     ("figure", "England lead the series 2-0", "F", None),
     ("place", "England reached 358 for four at Lord's", "F", None)],
    [("too inconsistent", "Rohit Sharma")])

art("housing", "business", """UK house prices fall 1.8% in year to March

House prices in Britain fell 1.8% in the year to March, the first annual decline since 2012, mortgage lender Halifax said on Friday.

The average home now costs £285,476, down from £290,700 a year earlier. Prices fell 0.8% in March alone.

Kim Kinnaird, director of Halifax Mortgages, said higher interest rates were "clearly weighing on buyers".

Prices in Northern Ireland rose 2.5%, the strongest gain of any nation or region, while London saw the steepest fall, of 3.4%.
""",
    ["UK house prices dropped 1.8% over the year to March",
     "It was the first annual fall since 2012",
     "An average home now costs £285,476",
     "Kim Kinnaird said higher rates were “clearly weighing on buyers”",
     "Northern Ireland saw the strongest gain, at 2.5%"],
    [("antonym", "UK house prices rose 1.8% in the year to March", "C", "fell 1.8%"),
     ("figure", "House prices fell 8.1% in the year to March", "C", "1.8%"),
     ("year", "It was the first annual fall since 2008", "C", "2012"),
     ("place", "Scotland saw the steepest fall, of 3.4%", "F", None),
     ("name", "Nationwide said prices fell 1.8%", "F", None),
     ("superlative", "London saw the smallest fall, of 3.4%", "C", "steepest"),
     ("quote_words", "Kim Kinnaird said the market was “in freefall”", "F", None)],
    [("clearly weighing on buyers", "Kim Kinnaird")])

art("ceo_quits", "business", """Brightwater chief executive resigns after accounting probe

Brightwater Energy's chief executive, Oliver Grant, resigned on Monday after an internal investigation found the company had overstated profits by $640m over three years.

Chairman Fiona McLeod said the board had "lost confidence" in Grant. Finance director Raj Patel was also dismissed.

The company said its 2022 and 2023 accounts would be restated. Its shares fell 31% to a 10-year low.

Grant, who joined Brightwater in 2016, said in a statement that he "took full responsibility" but had not known of the errors.
""",
    ["Brightwater chief executive Oliver Grant has quit after a probe found profits were overstated by $640m",
     "Chairman Fiona McLeod said the board had “lost confidence” in Grant",
     "Finance director Raj Patel was dismissed as well",
     "Brightwater shares sank 31% to a 10-year low"],
    [("figure", "Brightwater overstated profits by $460m", "C", "$640m"),
     ("role", "Chairman Oliver Grant said the board had lost confidence in Fiona McLeod", "C", None),
     ("quote_speaker", "Raj Patel said the board had “lost confidence” in Grant", "C", None),
     ("person", "Raj Patel resigned after an internal investigation", "F", None),
     ("negation", "Grant said he had known of the errors", "C", None),
     ("figure", "Brightwater shares fell 13%", "C", "31%"),
     ("year", "Grant joined Brightwater in 2006", "C", "2016")],
    [("lost confidence", "Fiona McLeod"), ("took full responsibility", "Oliver Grant")])

art("gaza", "conflict", """Israel marks one year since Hamas attack

Israel on Monday marked one year since the Hamas attack of 7 October, in which gunmen crossed from Gaza, killing 1,139 people and taking about 250 hostages.

Prime Minister Benjamin Netanyahu said Israel would "fight until victory". About 100 hostages are still held in Gaza, according to Israeli officials.

The Hamas-run health ministry in Gaza says more than 41,000 Palestinians have been killed in Israel's military campaign since then.
""",
    ["Israel marked a year since the 7 October Hamas attack, in which 1,139 people were killed",
     "Around 250 people were taken hostage",
     "Some 100 hostages remain in Gaza, Israeli officials say",
     "Gaza's health ministry says over 41,000 Palestinians have been killed"],
    [("figure", "Hamas attack killed 1200 Israelis on 7 October", "C", "killing 1,139 people"),
     ("figure", "Hamas took about 520 hostages", "C", "about 250 hostages"),
     ("quote_words", "Benjamin Netanyahu said Israel would “never forget”", "F", None),
     ("hedge", "Fewer than 41,000 Palestinians have been killed, the health ministry says", "C", "more than 41,000")],
    [("fight until victory", "Benjamin Netanyahu")])
