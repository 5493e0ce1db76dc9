course-title = Migration and Development
course-description = How migration contributes to development: remittances, diasporas, skills and labour mobility, fair recruitment, return and reintegration, and the global framework of the 2030 Agenda, the Global Compact for Migration and the Global Forum on Migration and Development.

quiz-migration-development-final = Final assessment
    .description = Twenty questions drawn from the whole course, four from each topic. You have 30 minutes and need 60 per cent to pass.

## Category: instruments

q-sdg-10-7-target = Which target of the 2030 Agenda for Sustainable Development calls on States to facilitate orderly, safe, regular and responsible migration, including through planned and well-managed migration policies?
    .opt-a = Target 10.7
    .opt-b = Target 10.c
    .opt-c = Target 8.8
    .opt-d = Target 17.18
    .feedback = Target 10.7 of the 2030 Agenda (UN General Assembly resolution 70/1, 2015) asks States to facilitate orderly, safe, regular and responsible migration and mobility of people, including through planned and well-managed migration policies. Indicator 10.7.2 counts the countries that have such policies.
    .opt-b-feedback = Target 10.c concerns the cost of sending migrant remittances, not migration policies in general.
    .opt-c-feedback = Target 8.8 protects labour rights and safe working environments for all workers, including migrant workers. It does not address migration policies as such.
    .opt-d-feedback = Target 17.18 is a data target: it asks for data broken down by, among other things, migratory status.

q-sdg-migration-targets = Which of these Sustainable Development Goal targets mention migrants, migration or migrant remittances in their text? Select all that apply. Wrong choices reduce your score.
    .opt-a = Target 3.8 (universal health coverage)
    .opt-b = Target 8.8 (labour rights and safe working environments)
    .opt-c = Target 10.7 (orderly, safe, regular and responsible migration)
    .opt-d = Target 13.1 (resilience to climate-related hazards)
    .opt-e = Target 10.c (transaction costs of remittances)
    .feedback = Target 8.8 names migrant workers, in particular women migrants. Target 10.7 concerns migration and mobility of people. Target 10.c concerns the transaction costs of migrant remittances (A/RES/70/1, 2015). Targets 3.8 and 13.1 matter for migrants in practice, but their text does not mention migration. Other targets refer to human trafficking (5.2, 8.7 and 16.2) or to data by migratory status (17.18).
    .opt-a-feedback = Universal health coverage is important for migrants, but the text of target 3.8 does not mention migrants or migration.
    .opt-d-feedback = Climate-related hazards can drive migration, but the text of target 13.1 does not mention migrants or migration.

q-gcm-objectives-count = How many objectives does the Global Compact for Safe, Orderly and Regular Migration (2018) contain? Give a number.
    .feedback = The Global Compact for Migration (UN General Assembly resolution 73/195) lists 23 objectives in paragraph 16. Each objective is followed by a commitment and a list of possible actions. Objectives 18 to 21 are most closely linked to migration and development: skills, migrant and diaspora contributions, remittances, and return and reintegration.

q-gcm-objectives-match = Match each objective number of the Global Compact for Migration with its subject. One subject is not used.
    .left-o6 = Objective 6
    .left-o18 = Objective 18
    .left-o19 = Objective 19
    .left-o20 = Objective 20
    .left-o21 = Objective 21
    .right-recruitment = Fair and ethical recruitment and conditions that ensure decent work
    .right-skills = Skills development and mutual recognition of skills, qualifications and competences
    .right-diaspora = Conditions for migrants and diasporas to contribute fully to sustainable development
    .right-remittances = Faster, safer and cheaper remittances and financial inclusion of migrants
    .right-return = Safe and dignified return and readmission, and sustainable reintegration
    .right-social-security = Portability of social security entitlements and earned benefits
    .feedback = In the Global Compact for Migration (A/RES/73/195), objective 6 covers fair and ethical recruitment and decent work, objective 18 skills development and recognition, objective 19 migrant and diaspora contributions to sustainable development, objective 20 remittances and financial inclusion, and objective 21 return, readmission and sustainable reintegration. Portability of social security is objective 22, which is not in the list.

q-gcm-non-binding = The Global Compact for Safe, Orderly and Regular Migration is a legally binding international agreement.
    .feedback = False. Paragraph 7 of the Global Compact describes it as a non-legally binding, cooperative framework that upholds the sovereignty of States. It was adopted at an intergovernmental conference in Marrakech on 10 December 2018 and endorsed by the UN General Assembly in resolution 73/195 on 19 December 2018. It is not open to ratification.

q-gfmd-nature = Which statement best describes the Global Forum on Migration and Development (GFMD)?
    .opt-a = The UN treaty body that monitors the Convention on the Rights of All Migrant Workers
    .opt-b = A State-led, informal and non-binding process where governments discuss migration and development
    .opt-c = The governing council of the International Organization for Migration
    .opt-d = A binding dispute settlement body for bilateral labour migration agreements
    .feedback = The GFMD grew out of the first UN High-level Dialogue on International Migration and Development (2006) and has met since 2007, starting in Brussels. It is State-led, voluntary, informal and non-binding, and sits outside the UN system while keeping close links with it. Civil society, business and local authorities take part through their own mechanisms.
    .opt-a-feedback = That Convention is monitored by the Committee on Migrant Workers, set up under its Article 72. The GFMD is not a treaty body.
    .opt-c-feedback = IOM is governed by its own Council of Member States. The GFMD is not part of IOM.
    .opt-d-feedback = The GFMD takes no binding decisions and settles no disputes; it is a space for dialogue and sharing of practice.

q-gfmd-first-year = In which year was the first meeting of the Global Forum on Migration and Development held? Give the year.
    .feedback = The first GFMD meeting was held in Brussels in July 2007, chaired by Belgium. It followed the first UN High-level Dialogue on International Migration and Development in September 2006, where the idea of a State-led global forum was put forward.

q-md-process-chronology = Put these milestones of the global agenda on migration and development in chronological order, from the earliest to the latest.
    .item-hld = First UN High-level Dialogue on International Migration and Development
    .item-gfmd = First meeting of the Global Forum on Migration and Development
    .item-agenda = Adoption of the 2030 Agenda for Sustainable Development
    .item-gcm = Adoption of the Global Compact for Safe, Orderly and Regular Migration
    .item-review = First four-yearly global review of progress on the Global Compact for Migration
    .feedback = The first High-level Dialogue took place in September 2006, the first GFMD meeting in Brussels in July 2007, the 2030 Agenda was adopted in September 2015 (A/RES/70/1), the Global Compact for Migration in December 2018 (A/RES/73/195), and the first International Migration Review Forum met in May 2022 (paragraph 49 of the Compact).

q-imrf-acronym = Under paragraph 49 of the Global Compact for Migration, UN Member States review progress in implementing the Compact at a global forum held every four years, starting in 2022. What is the English acronym of this forum?
    .feedback = The International Migration Review Forum (IMRF) is the main intergovernmental platform for discussing and sharing progress on implementing the Global Compact for Migration (paragraph 49(b) of A/RES/73/195). The first IMRF met in May 2022 and adopted a Progress Declaration.

q-instruments-chronology = Put these international instruments on migrant workers in the order in which they were adopted, from the earliest to the latest.
    .item-c97 = ILO Migration for Employment Convention (Revised), No. 97
    .item-c143 = ILO Migrant Workers (Supplementary Provisions) Convention, No. 143
    .item-icrmw = International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families
    .item-who = WHO Global Code of Practice on the International Recruitment of Health Personnel
    .item-fair = ILO General Principles and Operational Guidelines for Fair Recruitment
    .feedback = ILO Convention No. 97 dates from 1949 and Convention No. 143 from 1975. The UN Convention on migrant workers was adopted on 18 December 1990 (A/RES/45/158). The WHO Global Code was adopted by the World Health Assembly in May 2010 (resolution WHA63.16). The ILO General Principles and Operational Guidelines for Fair Recruitment were agreed by a tripartite meeting of experts in September 2016.

## Category: remittances

q-sdg-10c-gap = Complete Sustainable Development Goal target 10.c.
    .text = By 2030, reduce to less than { $g1 } per cent the transaction costs of migrant remittances and eliminate remittance corridors with costs higher than { $g2 } per cent.
    .opt-a1 = 1
    .opt-a3 = 3
    .opt-a5 = 5
    .opt-b3 = 3
    .opt-b5 = 5
    .opt-b10 = 10
    .feedback = Target 10.c of the 2030 Agenda (A/RES/70/1, 2015) sets two benchmarks: an average cost below 3 per cent of the amount sent, and no corridor costing more than 5 per cent. The Addis Ababa Action Agenda (2015, paragraph 40) and objective 20 of the Global Compact for Migration repeat this aim. Indicator 10.c.1 measures remittance costs as a proportion of the amount remitted.

q-remittance-cost-calc = A migrant sends the equivalent of USD 200. The provider charges a fee of USD 5 and applies an exchange-rate margin worth USD 4 compared with the reference exchange rate. Counting both the fee and the exchange-rate margin, what is the total cost as a percentage of the amount sent? Give a number without the % sign.
    .feedback = Total cost = fee + exchange-rate margin = 5 + 4 = 9 USD, and 9 / 200 = 4.5 per cent. If this were the average cost in its corridor, it would be below the 5 per cent corridor ceiling of SDG target 10.c but above the 3 per cent average target. Looking only at the fee (2.5 per cent) would hide almost half of the real cost.

q-remittance-cost-components = In the World Bank Remittance Prices Worldwide database, what does the total cost of sending a remittance include?
    .opt-a = The transfer fee only
    .opt-b = The exchange-rate margin only
    .opt-c = The transfer fee plus the exchange-rate margin
    .opt-d = The transfer fee plus income tax paid by the recipient
    .feedback = Remittance Prices Worldwide measures the total cost to the sender as the fee plus the exchange-rate margin, that is, the difference between the exchange rate applied by the provider and a reference interbank rate. SDG indicator 10.c.1 uses this total cost for a transfer of USD 200.
    .opt-a-feedback = The fee alone understates the cost: the margin added to the exchange rate is often a large and less visible part of the price.
    .opt-b-feedback = The margin is only one of the two elements; the fee charged to the sender is also counted.
    .opt-d-feedback = Taxes in the receiving country are not part of the price of the transfer service that the database measures.

q-rpw-average-2023 = According to the World Bank Remittance Prices Worldwide database, the global average cost of sending USD 200 had already fallen below the SDG 10.c target by 2023.
    .feedback = False. Throughout 2023 the global average cost of sending USD 200 stayed at roughly 6 per cent, about twice the SDG 10.c target of less than 3 per cent (World Bank, Remittance Prices Worldwide, quarterly reports 2023). Costs also vary widely between corridors.

q-rpw-bank-channel = According to the World Bank Remittance Prices Worldwide reports, which type of provider has consistently been the most expensive on average for sending remittances?
    .opt-a = Money transfer operators
    .opt-b = Mobile network operators
    .opt-c = Digital-only remittance services
    .opt-d = Banks
    .feedback = The Remittance Prices Worldwide reports have repeatedly found banks to be the most expensive type of provider, with average costs well above those of money transfer operators and mobile operators. Digital services are on average cheaper than non-digital ones, which is one reason why objective 20 of the Global Compact for Migration calls for competition and innovation in the remittance market.
    .opt-a-feedback = Money transfer operators have on average been cheaper than banks in the World Bank data.
    .opt-b-feedback = Mobile operators have been among the cheapest providers in the World Bank data.
    .opt-c-feedback = The World Bank data show that digital remittances are on average cheaper than non-digital ones.

q-gcm-obj20-actions = Which of the following are among the actions listed under objective 20 of the Global Compact for Migration? Select all that apply.
    .opt-a = Develop a road map to reduce the transaction costs of migrant remittances in line with SDG target 10.c
    .opt-b = Require migrants to transfer a fixed share of their earnings to a State development fund
    .opt-c = Count remittances as part of official development assistance
    .opt-d = Give migrants accessible information on remittance costs by provider and channel, such as comparison websites
    .opt-e = Remove unjustified obstacles for non-bank remittance service providers, to promote competition
    .feedback = Objective 20 (paragraph 36 of A/RES/73/195) lists, among other actions, a road map to meet the cost benchmarks of SDG target 10.c, transparent price information such as comparison websites, and a competitive and innovative market that includes non-bank providers. The commitment also stresses that remittances are an important source of private capital and cannot be equated with foreign direct investment, official development assistance or other public sources of financing for development.
    .opt-b-feedback = Remittances are private money. The Compact promotes voluntary investment options for migrants, not compulsory transfers to the State.
    .opt-c-feedback = Paragraph 36 states that remittances cannot be equated with official development assistance.

q-icrmw-art47-transfer = The International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families recognises the right of migrant workers to transfer their earnings and savings to their State of origin or to any other State.
    .feedback = True. Article 47(1) of the 1990 Convention gives migrant workers the right to transfer their earnings and savings, in particular the funds needed to support their families, from the State of employment to their State of origin or any other State, in line with the applicable procedures. Article 47(2) asks the States concerned to take appropriate measures to facilitate such transfers. Article 47 is in Part IV, which applies to migrant workers in a documented or regular situation. In addition, Article 32, in Part III, gives all migrant workers and members of their families, whatever their status, the right to transfer their earnings and savings upon the termination of their stay in the State of employment.

q-top-recipient-2023 = According to the World Bank and KNOMAD Migration and Development Brief 40 (June 2024), which country received the largest inflow of remittances in 2023?
    .opt-a = India
    .opt-b = Mexico
    .opt-c = China
    .opt-d = Philippines
    .feedback = India was the largest recipient of remittances in 2023, followed by Mexico, China and the Philippines (World Bank and KNOMAD, Migration and Development Brief 40, June 2024). India has been the top recipient for many years.
    .opt-b-feedback = Mexico was the second-largest recipient in 2023, with most of its remittances coming from the United States.
    .opt-c-feedback = China was the third-largest recipient in 2023, behind India and Mexico.

q-remittances-2020-resilience = According to the World Bank and KNOMAD, recorded remittance flows to low- and middle-income countries in 2020 fell much less than the World Bank had projected at the start of the COVID-19 pandemic.
    .feedback = True. In April 2020 (Migration and Development Brief 32) the World Bank projected a fall of about 20 per cent. Brief 34 (May 2021) then reported that flows to low- and middle-income countries in 2020 were only about 1.6 per cent below 2019. Migrants kept supporting their families, and some transfers moved from informal to formal and digital channels.

q-ifad-remittances = Which UN specialised agency hosts the Financing Facility for Remittances and initiated the International Day of Family Remittances, observed on 16 June? Give its English acronym.
    .feedback = The International Fund for Agricultural Development (IFAD) set up its Financing Facility for Remittances in 2006. Its Governing Council proclaimed the International Day of Family Remittances in 2015, and the UN General Assembly endorsed the day in 2018. IFAD's interest reflects the fact that a large share of remittances goes to rural households.

## Category: diaspora-skills

q-diaspora-definition = Which description matches the definition of diaspora in the IOM Glossary on Migration (2019)?
    .opt-a = Citizens who have lived abroad for at least twelve months and are registered with a consulate
    .opt-b = Only persons who left their country because of persecution and who hold refugee status
    .opt-c = Only first-generation emigrants who still hold the nationality of their country of origin
    .opt-d = Migrants or their descendants whose identity is shaped by migration and who keep links with their homeland
    .feedback = The IOM Glossary on Migration (2019) defines diasporas as migrants or descendants of migrants whose identity and sense of belonging, real or symbolic, have been shaped by their migration experience and background, and who maintain links with their homelands and with each other. Descendants and people with another nationality can be part of a diaspora; nationality and legal status are not decisive.
    .opt-a-feedback = Twelve months is the UN statistical threshold for a long-term international migrant. It is not part of the definition of diaspora, and consular registration is not required.
    .opt-b-feedback = Refugees can be part of a diaspora, but the term is much wider than people who fled persecution.
    .opt-c-feedback = Descendants of migrants and people who have taken another nationality are also part of a diaspora.

q-brain-concepts-match = Match each concept with its description. One description is not used.
    .left-drain = Brain drain
    .left-gain = Brain gain
    .left-circulation = Brain circulation
    .left-waste = Brain waste
    .right-loss = Loss of skilled people through emigration, reducing the skills available in the country of origin
    .right-increase = Increase in a country's skills, for example through immigration of skilled people or more investment in education
    .right-movement = Repeated movement of skilled people between countries, including return, so that skills and knowledge flow both ways
    .right-underuse = Skilled migrants working in jobs well below their qualifications, so that their skills go unused
    .right-money = Transfer of money by migrants to their families in the country of origin
    .feedback = These terms are widely used in the migration literature; brain drain and brain gain are defined in the IOM Glossary on Migration (2019). Brain drain is the loss of skilled people, brain gain an increase in human capital, brain circulation the back-and-forth movement of skilled people, and brain waste the underuse of migrants' skills. The unused description refers to remittances.

q-beneficial-brain-drain = Research on the beneficial brain drain (for example Mountford 1997; Beine, Docquier and Rapoport 2001) explains how skilled emigration can produce a brain gain in the country of origin. What is the main mechanism?
    .opt-a = Destination countries must pay compensation for each skilled emigrant under international law
    .opt-b = Skilled emigrants are legally required to return home after a fixed number of years
    .opt-c = The chance to work abroad encourages more people to study, and not all of them emigrate
    .opt-d = Skilled emigration always raises local wages enough to attract foreign professionals
    .feedback = The incentive argument holds that the prospect of higher earnings abroad raises the expected return to education, so more people invest in it. Because only some of them actually emigrate, the number of educated people at home can rise. The net effect depends on the emigration rate: where it is very high, the loss usually outweighs the gain.
    .opt-a-feedback = No international instrument obliges destination countries to pay such compensation. The WHO Global Code only encourages destination countries to support health workforce development in source countries.
    .opt-b-feedback = No general rule forces skilled emigrants to return. Return is a channel of brain circulation, not the mechanism of the incentive effect.
    .opt-d-feedback = Emigration does not always raise wages, and attracting foreign professionals is not the mechanism described by this research.

q-iom-3e = At its Diaspora Ministerial Conference in 2013, IOM summarised its approach to working with diasporas in three words. Which ones?
    .opt-a = Identify, register, tax
    .opt-b = Engage, enable, empower
    .opt-c = Attract, retain, return
    .opt-d = Inform, protect, repatriate
    .feedback = IOM's approach, known in English as the 3E approach, was presented at the Diaspora Ministerial Conference in Geneva in June 2013. It asks governments to engage diasporas, enable them to contribute (for example by removing legal and practical barriers) and empower them as partners in development, rather than treating them only as a source of money.

q-diaspora-bonds = Israel has issued bonds aimed at its diaspora since the early 1950s.
    .feedback = True. Israel has sold bonds to its diaspora since 1951, and India raised funds through diaspora-oriented instruments in 1991, 1998 and 2000. Ketkar and Ratha (World Bank Policy Research Working Paper 4311, 2007) use these cases to show how diaspora bonds can mobilise diaspora savings for development.

q-three-for-one = Under Mexico's 3x1 Programme for Migrants (Programa 3x1 para Migrantes), how was each peso that migrant organisations abroad contributed to a community project matched?
    .opt-a = By three pesos lent to the migrants by a private bank
    .opt-b = By one peso from the government of the destination country
    .opt-c = By one peso each from the federal, state and municipal governments
    .opt-d = By a tax refund of three pesos to each migrant contributor
    .feedback = The programme combined contributions from migrant hometown associations with matching funds from the three levels of Mexican government, so that every peso from migrants was multiplied by four. It is one of the best-known matching-grant schemes for collective remittances and is discussed in the IOM and MPI handbook Developing a Road Map for Engaging Diasporas in Development (2012).
    .opt-a-feedback = The matching funds were public grants, not loans; migrants did not take on debt.
    .opt-b-feedback = The destination country was not part of the scheme; it was funded by migrants and Mexican public authorities.

q-diaspora-tools = Which of the following are recognised tools that countries of origin use to engage their diasporas in development? Select all that apply.
    .opt-a = Diaspora bonds
    .opt-b = Withdrawing citizenship from nationals who live abroad for a long time
    .opt-c = Matching grants for projects funded by hometown associations
    .opt-d = Programmes that bring expatriate professionals home for short assignments
    .opt-e = Mapping studies on where diaspora members live and what skills they have
    .opt-f = An exit tax on every citizen who emigrates
    .feedback = Diaspora bonds, matching grants, short-term skills-transfer programmes and diaspora mapping are standard tools described in the IOM and MPI handbook Developing a Road Map for Engaging Diasporas in Development (2012). Measures that punish emigrants, such as withdrawing citizenship or exit taxes, destroy trust and run against objective 19 of the Global Compact for Migration, which calls for conditions in which migrants and diasporas can contribute fully.
    .opt-b-feedback = Withdrawing citizenship cuts the ties that diaspora engagement tries to build; many countries instead allow dual citizenship.

q-tokten-acronym = Which UNDP programme, launched in the late 1970s, helps expatriate professionals return to their country of origin for short assignments to share their expertise? Give its English acronym.
    .feedback = TOKTEN (Transfer of Knowledge Through Expatriate Nationals) was launched by UNDP in the late 1970s. It is an early example of using diaspora skills without requiring permanent return, an approach later also used in IOM's Migration for Development in Africa (MIDA) programme.

q-brain-waste-response = A migrant doctor works as a cleaner because her medical diploma is not recognised in the destination country. Which measure most directly addresses this form of brain waste?
    .opt-a = Procedures to recognise foreign qualifications and skills
    .opt-b = Higher visa fees for skilled migrants
    .opt-c = Restricting language courses to citizens
    .opt-d = Limiting skilled migrants to seasonal contracts
    .feedback = Brain waste occurs when migrants' skills go unused. Objective 18 of the Global Compact for Migration commits States to invest in skills development and to facilitate mutual recognition of skills, qualifications and competences. Recognition lets the person's training benefit the destination country and, if she returns, her country of origin.
    .opt-b-feedback = Higher fees make migration more costly but do nothing to get existing qualifications recognised.
    .opt-c-feedback = Language learning usually helps recognition and integration; restricting it would deepen brain waste.
    .opt-d-feedback = Short seasonal contracts make it harder, not easier, for migrants to use their full qualifications.

## Category: labour-mobility

q-circular-migration-definition = Which description best matches circular migration as the term is used in EU policy?
    .opt-a = A single permanent move followed by naturalisation in the destination country
    .opt-b = Repeated irregular crossings of a border outside legal channels
    .opt-c = Seasonal movement between rural and urban areas within one country
    .opt-d = Repeated legal migration of the same person between two or more countries
    .feedback = The European Migration Network Glossary defines circular migration as a repetition of legal migration by the same person between two or more countries. The European Commission's 2007 Communication on circular migration and mobility partnerships (COM(2007) 248) presented it as a way to meet labour needs in the EU while supporting development in countries of origin.
    .opt-a-feedback = A one-time permanent move is the opposite of circular migration, which involves repeated movement.
    .opt-b-feedback = Circular migration in the policy sense is legal and managed; irregular back-and-forth movement is not what the term means.
    .opt-c-feedback = Movement within one country is internal migration. Circular migration in EU policy crosses international borders.

q-seasonal-max-months = Article 14(1) of the EU Seasonal Workers Directive (2014/36/EU) requires each Member State to set a maximum period of stay for seasonal workers within any 12-month period. What is the longest maximum that the Directive allows? Give the number of months.
    .feedback = Article 14(1) of Directive 2014/36/EU provides that the maximum period of stay shall be not less than five and not more than nine months in any 12-month period. Article 16 asks Member States to facilitate re-entry of seasonal workers who were admitted before and complied with the rules, which supports circular migration.

q-schemes-country-match = Match each temporary or seasonal labour migration scheme with the country that runs it. One country is not used.
    .left-sawp = Seasonal Agricultural Worker Program (SAWP)
    .left-rse = Recognised Seasonal Employer (RSE) scheme
    .left-eps = Employment Permit System (EPS)
    .left-h2a = H-2A temporary agricultural workers programme
    .right-canada = Canada
    .right-new-zealand = New Zealand
    .right-korea = Republic of Korea
    .right-usa = United States of America
    .right-australia = Australia
    .feedback = Canada's Seasonal Agricultural Worker Program has brought farm workers from Caribbean countries since 1966 and from Mexico since 1974. New Zealand's Recognised Seasonal Employer scheme has recruited workers mainly from Pacific island countries since 2007. The Republic of Korea introduced its Employment Permit System in 2004, based on agreements with countries of origin. The H-2A programme of the United States admits temporary agricultural workers. Australia runs its own schemes for Pacific workers, but none of those listed here.

q-ilo-conventions-match = Match each ILO instrument with its main subject. One subject is not used.
    .left-c97 = ILO Convention No. 97
    .left-c143 = ILO Convention No. 143
    .left-c189 = ILO Convention No. 189
    .left-p029 = Protocol of 2014 to the Forced Labour Convention
    .right-employment = Migration for employment and equal treatment of migrants lawfully in the country
    .right-abusive = Migrations in abusive conditions, and equality of opportunity and treatment
    .right-domestic = Decent work for domestic workers
    .right-forced = Measures against forced labour, including protection of migrants from fraudulent recruitment
    .right-seafarers = Working and living conditions of seafarers
    .feedback = The Migration for Employment Convention (Revised), 1949 (No. 97) requires equal treatment for immigrants lawfully in the territory (Article 6). The Migrant Workers (Supplementary Provisions) Convention, 1975 (No. 143) deals with migrations in abusive conditions (Part I) and equality of opportunity and treatment (Part II). The Domestic Workers Convention, 2011 (No. 189) covers domestic workers, including migrant domestic workers (Article 8). The 2014 Protocol to the Forced Labour Convention calls for protecting persons, particularly migrant workers, from abusive and fraudulent recruitment (Article 2(d)). Seafarers are covered by the Maritime Labour Convention, 2006.

q-gsp-gap = Complete the description of a Global Skill Partnership.
    .text = In a Global Skill Partnership, training takes place in the country of { $g1 }, and the country of { $g2 } provides technology and finance for it. Some trainees then migrate, while others stay and work in their home country.
    .opt-g1-origin = origin
    .opt-g1-destination = destination
    .opt-g1-transit = transit
    .opt-g2-origin = origin
    .opt-g2-destination = destination
    .opt-g2-transit = transit
    .feedback = In the model proposed by Michael Clemens (IZA Journal of Labor Policy, 2015), the destination country funds technical training in the country of origin. Some trainees migrate with the skills that employers at destination need, while others stay and strengthen the labour market at home, so skills are added rather than drained. Objective 18 of the Global Compact for Migration explicitly invites States to build global skills partnerships.

q-c181-number = Which ILO convention sets the general rule that private employment agencies shall not charge, directly or indirectly, any fees or costs to workers? Give its number.
    .feedback = Article 7(1) of the Private Employment Agencies Convention, 1997 (No. 181) says that private employment agencies shall not charge directly or indirectly, in whole or in part, any fees or costs to workers. Article 7(2) allows limited exceptions in the interest of the workers concerned, after consulting the most representative organisations of employers and workers.

q-employer-pays = What does the Employer Pays Principle require?
    .opt-a = The worker pays the costs, which the employer deducts from wages in instalments
    .opt-b = The employer bears the costs of recruitment, not the worker
    .opt-c = The worker and the employer share the costs of recruitment equally
    .opt-d = The government of the country of origin pays all recruitment costs
    .feedback = The Employer Pays Principle, promoted since 2016 by the Leadership Group for Responsible Recruitment, states that no worker should pay for a job: the costs of recruitment should be borne by the employer, not by the worker. It matches General Principle 7 of the ILO General Principles and Operational Guidelines for Fair Recruitment: no recruitment fees or related costs should be charged to, or otherwise borne by, workers or jobseekers.
    .opt-a-feedback = Deducting the costs from wages still makes the worker pay them. This is exactly what the principle excludes, and it is a common route into debt bondage.
    .opt-c-feedback = The principle does not allow cost-sharing: the worker should pay nothing.
    .opt-d-feedback = The principle places the costs on the employer who benefits from the recruitment, not on public budgets.

q-fair-recruitment-principles = Which of the following are consistent with the ILO General Principles and Operational Guidelines for Fair Recruitment? Select all that apply.
    .opt-a = Workers' identity documents should not be confiscated, destroyed or retained
    .opt-b = Terms of employment should be set out clearly, preferably in a written contract
    .opt-c = Workers should have access to free or affordable grievance mechanisms, whatever their legal status
    .opt-d = A recruiter may keep a worker's passport as a guarantee until the contract ends
    .opt-e = A worker may be asked for a placement deposit that is refunded at the end of the contract
    .feedback = The General Principles provide that workers' identity documents and contracts are not confiscated, destroyed or retained; that terms and conditions of employment are specified in an appropriate, verifiable and easily understandable manner, preferably through written contracts; and that workers, irrespective of their presence or legal status in a State, have access to free or affordable grievance and dispute resolution mechanisms. Keeping passports and demanding deposits both run against these principles and against General Principle 7, under which workers should bear no recruitment fees or related costs.
    .opt-d-feedback = Retaining identity documents is excluded by the General Principles and is a recognised indicator of forced labour.
    .opt-e-feedback = A deposit makes the worker carry a cost and a risk of the recruitment, which General Principle 7 excludes.

q-sdg-10-7-1-indicator = What does SDG indicator 10.7.1 measure?
    .opt-a = Remittance costs as a proportion of the amount remitted
    .opt-b = Recruitment cost paid by workers as a proportion of their monthly income in the destination country
    .opt-c = Number of countries with policies for orderly, safe, regular and responsible migration
    .opt-d = Proportion of the population who are refugees, by country of origin
    .feedback = Indicator 10.7.1 measures the recruitment cost borne by the employee as a proportion of the monthly income earned in the country of destination. Its custodians are the ILO and the World Bank. It links target 10.7 to fair recruitment: the closer the indicator is to zero, the closer practice is to the Employer Pays Principle.
    .opt-a-feedback = That is indicator 10.c.1, under the remittance target.
    .opt-c-feedback = That is indicator 10.7.2, for which UN DESA and IOM are the custodians.
    .opt-d-feedback = That is indicator 10.7.4, added in 2020, for which UNHCR is the custodian.

q-who-code-binding = The WHO Global Code of Practice on the International Recruitment of Health Personnel (2010) is legally binding on WHO Member States.
    .feedback = False. Article 2.1 of the Code states that it is voluntary; Member States and other stakeholders are strongly encouraged to use it. It was adopted by the Sixty-third World Health Assembly in May 2010 (resolution WHA63.16). Its guiding principles (Article 3) also make clear that it should not limit the freedom of health personnel to migrate.

q-who-code-active-recruitment = Under Article 5.1 of the WHO Global Code of Practice on the International Recruitment of Health Personnel, what should Member States discourage?
    .opt-a = Active recruitment of health personnel from developing countries with critical shortages of health workers
    .opt-b = Any migration of health personnel from one country to another
    .opt-c = Bilateral agreements on health workers between source and destination countries
    .opt-d = Recognition of foreign health qualifications in destination countries
    .feedback = Article 5.1 of the WHO Global Code (WHA63.16, 2010) asks Member States to discourage active recruitment of health personnel from developing countries facing critical shortages of health workers, and encourages destination countries to support health workforce development in source countries. Since 2020 WHO has published a Health Workforce Support and Safeguards List of countries to which these safeguards apply.
    .opt-b-feedback = The Code does not try to stop health workers from migrating. It respects their freedom to migrate and targets recruitment practices instead.
    .opt-c-feedback = The Code encourages bilateral and regional arrangements as a way to make recruitment beneficial for both source and destination countries.
    .opt-d-feedback = The Code does not ask States to discourage recognition of qualifications; fair treatment of migrant health workers is one of its aims.

## Category: return-region

q-sustainable-reintegration-gap = Complete IOM's definition of sustainable reintegration.
    .text = Reintegration is sustainable when returnees have reached levels of economic { $g1 }, social stability within their communities, and psychosocial { $g2 } that allow them to cope with drivers of re-migration, so that further migration becomes a matter of { $g3 } rather than necessity.
    .opt-r1-self = self-sufficiency
    .opt-r1-growth = growth
    .opt-r1-dependence = dependence
    .opt-r2-well = well-being
    .opt-r2-screening = screening
    .opt-r2-isolation = isolation
    .opt-r3-choice = choice
    .opt-r3-obligation = obligation
    .opt-r3-chance = chance
    .feedback = This definition comes from IOM's paper Towards an Integrated Approach to Reintegration in the Context of Return (2017) and is used in the IOM Reintegration Handbook (2019). It treats reintegration as having economic, social and psychosocial dimensions, and it does not measure success by whether the person ever migrates again.

q-reintegration-levels = At which levels does IOM's integrated approach to reintegration work? Select all that apply.
    .opt-a = Enforcement level (penalties for returnees who migrate again)
    .opt-b = Transit level (reception in countries the migrant passed through)
    .opt-c = Individual level (returnees and their families)
    .opt-d = Community level (the communities to which migrants return)
    .opt-e = Structural level (policies, services and institutions)
    .feedback = IOM's integrated approach (2017; Reintegration Handbook, 2019) addresses the needs of returnees and their families at the individual level, of the communities of return, and of the structural environment, such as local and national policies, services and institutions. Penalising re-migration is not part of the approach, whose aim is that further migration becomes a choice rather than a necessity.

q-avrr-steps = Put these stages of a typical IOM-supported voluntary return process in order, from the first to the last.
    .item-counsel = Counselling on return options and the migrant's informed decision to return
    .item-travel = Preparation of travel documents and the return journey
    .item-reception = Reception and immediate assistance on arrival
    .item-assistance = Delivery of reintegration assistance in the country of origin
    .item-monitoring = Monitoring of reintegration outcomes after the assistance
    .feedback = IOM's Framework for Assisted Voluntary Return and Reintegration (2018) describes a process that starts with counselling and a voluntary, informed decision before departure, continues with travel arrangements and the journey, then reception on arrival and delivery of reintegration support, and ends with monitoring and evaluation of how sustainable the reintegration has been. Reintegration planning can start before departure, but assistance is delivered after arrival.

q-return-directive-days = Article 7(1) of the EU Return Directive (2008/115/EC) sets a standard range for the period of voluntary departure given in a return decision. What is the upper limit of that range? Give the number of days.
    .feedback = Article 7(1) of Directive 2008/115/EC provides for an appropriate period for voluntary departure of between seven and thirty days. Article 7(2) allows an extension where necessary, for example because of the length of stay, children attending school or other family and social links, and Article 7(4) allows a shorter period or none in specific cases such as a risk of absconding. Recital 10 states that voluntary return should be preferred over forced return.

q-avrr-acronym = IOM runs programmes that give administrative, logistical and financial support to migrants who decide to go back to their country of origin of their own will, together with support to restart their lives there. By which English acronym are these programmes known?
    .feedback = AVRR stands for Assisted Voluntary Return and Reintegration. It combines support for a voluntary return with reintegration assistance after arrival (IOM, A Framework for Assisted Voluntary Return and Reintegration, 2018). Objective 21 of the Global Compact for Migration calls for safe and dignified return and sustainable reintegration.

q-reintegration-community = In IOM's approach, reintegration assistance can also benefit the communities to which migrants return, not only the individual returnees.
    .feedback = True. The IOM Reintegration Handbook (2019) includes community-based reintegration projects that involve returnees and other community members. Such projects can reduce tensions, strengthen social stability and support local development, which makes individual reintegration more sustainable.

q-westbalkan-regulation = Which description best fits Germany's Western Balkans Regulation (Westbalkanregelung), in force since 2016?
    .opt-a = A readmission agreement obliging Western Balkan countries to take back third-country nationals
    .opt-b = A visa-free regime allowing Western Balkan nationals to settle in Germany permanently
    .opt-c = A scholarship scheme requiring Western Balkan graduates to return home after their studies
    .opt-d = A regular channel giving Western Balkan nationals access to jobs in Germany with a job offer and labour-office approval
    .feedback = The regulation (section 26(2) of Germany's Employment Ordinance, in force since 1 January 2016) opened a regular labour migration channel for nationals of Albania, Bosnia and Herzegovina, Kosovo*, Montenegro, North Macedonia and Serbia, subject since 2021 to an annual cap on approvals by the Federal Employment Agency (25 000, raised to 50 000 from June 2024). Applicants need a concrete job offer and the approval of the Federal Employment Agency; formal qualifications are not required. It is often cited as an example of a regular pathway in the sense of objective 5 of the Global Compact for Migration. *This designation is without prejudice to positions on status, and is in line with UNSCR 1244/1999 and the ICJ Opinion on the Kosovo declaration of independence.
    .opt-a-feedback = Readmission is governed by separate EU readmission agreements; the regulation concerns labour migration.
    .opt-b-feedback = The regulation does not grant settlement; it opens a work-visa channel that requires a job offer and the approval of the Federal Employment Agency.
    .opt-c-feedback = The regulation is about employment, not study, and it contains no obligation to return.

q-schengen-visa-free-work = Visa-free travel to the Schengen area allows nationals of Serbia, Montenegro, North Macedonia, Bosnia and Herzegovina and Albania to take up employment there without a work permit.
    .feedback = False. Under Regulation (EU) 2018/1806 (Annex II), these nationals can enter the Schengen area without a visa for short stays of up to 90 days in any 180-day period. Visa-free status covers short stays only; taking up employment is governed by the rules of each Member State and normally requires a work and residence permit. Visa liberalisation took effect in December 2009 for North Macedonia, Montenegro and Serbia and in December 2010 for Albania and Bosnia and Herzegovina.

q-readmission-agreements = The EU readmission agreements with Bosnia and Herzegovina, Montenegro, North Macedonia and Serbia entered into force on 1 January 2008. What do such agreements mainly regulate?
    .opt-a = Annual quotas for seasonal workers from the partner country
    .opt-b = Short-stay visa-free travel for the partner country's citizens
    .opt-c = Obligations and procedures for taking back persons who stay irregularly in the other party's territory
    .opt-d = Mutual recognition of professional qualifications
    .feedback = EU readmission agreements set out the obligations and procedures for each party to readmit its own nationals, and under certain conditions third-country nationals and stateless persons, who do not or no longer meet the conditions for entry or stay in the territory of the other party. The agreements with these four countries were concluded together with visa facilitation agreements and were a step towards visa liberalisation.
    .opt-a-feedback = Readmission agreements contain no labour migration quotas; labour channels are set by national law or separate agreements.
    .opt-b-feedback = Visa-free travel came later, through visa liberalisation in 2009 and 2010, and implementing readmission was one of its conditions.
    .opt-d-feedback = Recognition of qualifications is not covered by readmission agreements.
