course-title = Global and Regional Migration Governance
course-description = The international legal framework for refugees and migrants, the two Global Compacts, the main international and EU actors, and EU and regional governance of migration in the Western Balkans.

quiz-migration-governance-final = Final assessment
    .description = Twenty questions drawn from all five parts of the course. You have 30 minutes and need 60 per cent to pass.

## Category: instruments

q-refugee-definition-grounds = Which of the following are grounds of persecution listed in the refugee definition in Article 1A(2) of the 1951 Refugee Convention? Select all that apply.
    .opt-a = Race
    .opt-b = Generalised violence in the country of origin
    .opt-c = Extreme poverty
    .opt-d = Membership of a particular social group
    .opt-e = Political opinion
    .opt-f = A natural disaster
    .feedback = Article 1A(2) of the 1951 Convention lists five grounds: race, religion, nationality, membership of a particular social group and political opinion. The well-founded fear of persecution must be linked to at least one of them.
    .opt-b-feedback = Generalised violence is not a Convention ground. Persons fleeing it may be protected by regional instruments, such as the 1969 OAU Refugee Convention, or by subsidiary protection under EU law.
    .opt-c-feedback = Poverty alone is not a ground of persecution under Article 1A(2), although discrimination in access to livelihood can amount to persecution when it is linked to a Convention ground.
    .opt-f-feedback = Natural disasters are not a Convention ground. Persons displaced by disasters are addressed in other frameworks, for example GCM objective 2 and the Nansen Initiative Protection Agenda.

q-protocol-1967-effect = What was the main legal effect of the 1967 Protocol relating to the Status of Refugees?
    .opt-a = It removed the time limit that tied the refugee definition to events before 1 January 1951.
    .opt-b = It established UNHCR and set out the mandate of the High Commissioner.
    .opt-c = It added new grounds of persecution to the refugee definition.
    .opt-d = It introduced the principle of non-refoulement into international law.
    .feedback = Article I(2) of the 1967 Protocol applies the refugee definition without the words "as a result of events occurring before 1 January 1951". Article I(3) also removes the optional geographical limitation, except for declarations already made by existing States Parties.
    .opt-b-feedback = UNHCR already existed: the General Assembly decided to establish it in resolution 319 (IV) of 1949 and adopted its Statute in resolution 428 (V) of 14 December 1950. It began work on 1 January 1951.
    .opt-c-feedback = The Protocol did not change the five Convention grounds of Article 1A(2).
    .opt-d-feedback = Non-refoulement was already set out in Article 33 of the 1951 Convention.

q-cat-article3-absolute = Under Article 3 of the UN Convention against Torture, a State may return a person to a country where there are substantial grounds for believing that the person would be tortured, if the person is a danger to national security.
    .feedback = False. The prohibition of return to torture in Article 3 of the Convention against Torture has no exceptions. The Committee against Torture confirms in General Comment No. 4 (2017), paragraph 9, that it is absolute. This differs from Article 33(2) of the 1951 Refugee Convention, which does allow exceptions.

q-echr-article3-cases = Match each judgment of the European Court of Human Rights with the situation it concerned.
    .left-soering = Soering v. the United Kingdom (1989)
    .left-chahal = Chahal v. the United Kingdom (1996)
    .left-mss = M.S.S. v. Belgium and Greece (2011)
    .left-hirsi = Hirsi Jamaa and Others v. Italy (2012)
    .right-extradition = Extradition to a State where the applicant risked the death penalty and long years on death row
    .right-security = Deportation of a person regarded as a threat to national security
    .right-dublin = Transfer of an asylum seeker under the Dublin system to a State with serious deficiencies in asylum procedures and reception
    .right-highseas = Interception of migrants on the high seas and their return to Libya without individual examination
    .right-family = Detention of a family with young children in an immigration detention centre
    .feedback = All four judgments concern Article 3 of the ECHR. Soering established that removal can engage the sending State's responsibility. Chahal confirmed that the protection is absolute whatever the person's conduct. M.S.S. found that a Dublin transfer to Greece violated Article 3. Hirsi Jamaa found violations of Article 3 and of Article 4 of Protocol No. 4 (collective expulsion) for returns from the high seas.

q-iccpr-leave-enter = Article 12 of the ICCPR guarantees everyone the right to leave any country, but it guarantees the right to enter only with respect to a person's own country.
    .feedback = True. Article 12(2) of the ICCPR states that everyone shall be free to leave any country, including their own. Article 12(4) protects only the right to enter one's own country. The Human Rights Committee, in General Comment No. 27 (1999), reads "own country" more broadly than the country of nationality, but there is no general right to enter another State.

q-instruments-chronology = Put these instruments in the order in which they were adopted or signed, from the earliest to the most recent.
    .item-echr = European Convention on Human Rights
    .item-refugee = Convention relating to the Status of Refugees
    .item-iccpr = International Covenant on Civil and Political Rights
    .item-cat = UN Convention against Torture
    .item-icrmw = International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families
    .feedback = The ECHR was signed in Rome on 4 November 1950. The Refugee Convention was adopted in Geneva on 28 July 1951. The ICCPR was adopted on 16 December 1966, the Convention against Torture on 10 December 1984 and the Migrant Workers Convention on 18 December 1990.

q-icrmw-treaty-body = Which UN treaty body monitors how States apply the 1990 International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families? Give its English acronym.
    .feedback = The Committee on Migrant Workers (CMW), established under Article 72 of the Convention, is a body of 14 independent experts. It examines the reports of States Parties and is supported by OHCHR.

q-return-risk-tests = Complete the sentences about the tests used to assess the risk on return.
    .text = Article 3 of the Convention against Torture prohibits return where there are { $g1 } grounds for believing that the person would be in danger of being subjected to torture. The European Court of Human Rights asks whether the person would face a { $g2 } risk of treatment contrary to Article 3 of the ECHR.
    .opt-g1a = reasonable
    .opt-g1b = conclusive
    .opt-g1c = substantial
    .opt-g2a = certain
    .opt-g2b = real
    .opt-g2c = imminent
    .feedback = Article 3(1) of the Convention against Torture uses the words "substantial grounds for believing". Since Soering v. the United Kingdom (1989, paragraph 91), the European Court of Human Rights asks whether substantial grounds show a real risk of treatment contrary to Article 3 of the ECHR. Certainty of ill-treatment is not required.

q-trafficking-vs-smuggling = Under the two UN Protocols of 2000 on trafficking in persons and on smuggling of migrants, which element is required for trafficking in persons but not for smuggling of migrants?
    .opt-a = The crossing of an international border
    .opt-b = A financial or other material benefit
    .opt-c = The use of a false travel document
    .opt-d = A purpose of exploitation
    .feedback = Article 3(a) of the Trafficking Protocol defines trafficking by an act, a means and a purpose of exploitation. Article 3(a) of the Smuggling Protocol defines smuggling as procuring the illegal entry of a person into another State for a financial or other material benefit. Exploitation is not part of the smuggling definition.
    .opt-a-feedback = This is the other way round. Smuggling always involves illegal entry into another State, while trafficking can also take place within one country.
    .opt-b-feedback = A financial or other material benefit is an element of the definition of smuggling in Article 3(a) of the Smuggling Protocol.
    .opt-c-feedback = Neither definition requires a false document. Document fraud for the purpose of smuggling is a separate offence under Article 6(1)(b) of the Smuggling Protocol.

## Category: principles

q-article33-exceptions = Complete the text of the exception to non-refoulement in Article 33(2) of the 1951 Refugee Convention.
    .text = The benefit of non-refoulement may not be claimed by a refugee whom there are reasonable grounds for regarding as a danger to the { $g1 } of the country in which he or she is, or who, having been convicted by a final judgment of a particularly { $g2 } crime, constitutes a danger to the { $g3 } of that country.
    .opt-g1a = security
    .opt-g1b = economy
    .opt-g1c = public health
    .opt-g2a = serious
    .opt-g2b = political
    .opt-g2c = minor
    .opt-g3a = government
    .opt-g3b = economy
    .opt-g3c = community
    .feedback = Article 33(2) refers to a danger to the security of the country, or to a refugee convicted by a final judgment of a particularly serious crime who is a danger to the community. These exceptions are interpreted restrictively, and they do not affect the absolute prohibitions under Article 3 of the Convention against Torture and Article 3 of the ECHR.

q-recognition-declaratory = Under the 1951 Refugee Convention, a person becomes a refugee only at the moment when a State formally recognises his or her refugee status.
    .feedback = False. According to paragraph 28 of the UNHCR Handbook, a person is a refugee as soon as he or she fulfils the criteria of the definition. Recognition does not make the person a refugee; it declares that the person is one. For this reason, asylum-seekers are also protected against refoulement while their claims are examined.

q-article31-non-penalisation = A refugee entered a country irregularly, coming directly from the country of persecution, and reported to the authorities without delay. Which article of the 1951 Refugee Convention prohibits penalties for this irregular entry?
    .opt-a = Article 33
    .opt-b = Article 31
    .opt-c = Article 1F
    .opt-d = Article 26
    .feedback = Article 31(1) prohibits penalties for illegal entry or presence on refugees who come directly from a territory where their life or freedom was threatened, provided they present themselves without delay to the authorities and show good cause. Article 31(2) allows only necessary restrictions on movement.
    .opt-a-feedback = Article 33 prohibits returning a refugee to a place of danger (non-refoulement). It does not deal with penalties for irregular entry.
    .opt-c-feedback = Article 1F contains the exclusion clauses for serious crimes and acts contrary to the purposes of the United Nations.
    .opt-d-feedback = Article 26 gives freedom of movement to refugees who are lawfully in the territory.

q-convention-articles = Match each article of the 1951 Refugee Convention with its content.
    .left-art1c = Article 1C
    .left-art1f = Article 1F
    .left-art3 = Article 3
    .left-art35 = Article 35
    .right-cessation = Situations in which refugee status ends, for example when a refugee voluntarily accepts again the protection of the country of nationality
    .right-exclusion = Exclusion of persons who committed war crimes or serious non-political crimes
    .right-nondiscrimination = Application of the Convention without discrimination as to race, religion or country of origin
    .right-cooperation = Duty of States to cooperate with the UN refugee agency in its supervisory function
    .right-reunification = Right of a recognised refugee to family reunification
    .feedback = Article 1C contains the cessation clauses, Article 1F the exclusion clauses, Article 3 the non-discrimination rule and Article 35 the duty to cooperate with UNHCR. The Convention has no article on family reunification; family unity is addressed in Recommendation B of the Final Act of the 1951 Conference.

q-durable-solutions = Which of the following are the three traditional durable solutions for refugees? Select all that apply. Wrong choices reduce your score.
    .opt-a = Voluntary repatriation
    .opt-b = Local integration
    .opt-c = Resettlement to a third country
    .opt-d = Temporary protection
    .opt-e = Detention pending removal
    .feedback = Voluntary repatriation, local integration and resettlement are the traditional durable solutions. Paragraph 1 of the UNHCR Statute already refers to voluntary repatriation and to assimilation within new national communities, and the Solutions part of the Global Compact on Refugees sets out all three, together with complementary pathways.
    .opt-d-feedback = Temporary protection gives immediate protection in a mass influx, but by definition it is not a durable solution.
    .opt-e-feedback = Detention is a measure of migration control, not a solution for refugees.

q-non-refoulement-extraterritorial = According to UNHCR and the European Court of Human Rights, the principle of non-refoulement applies only to persons who are already on the territory of the State.
    .feedback = False. UNHCR's Advisory Opinion on the Extraterritorial Application of Non-Refoulement Obligations (2007) states that the obligation applies wherever a State exercises jurisdiction, including at the border and on the high seas. The European Court of Human Rights reached the same result for interceptions at sea in Hirsi Jamaa and Others v. Italy (2012).

q-migrant-definition = How does the IOM Glossary on Migration (2019) describe the term "migrant"?
    .opt-a = As a legal status defined in Article 1 of the 1951 Refugee Convention
    .opt-b = As a person who has lived outside his or her country of nationality for five years or more
    .opt-c = As an umbrella term, not defined in international law, for a person who moves away from his or her usual residence
    .opt-d = As a person who moves to another country only in order to work there
    .feedback = The IOM Glossary describes "migrant" as an umbrella term, not defined under international law, reflecting the common understanding of a person who moves away from his or her place of usual residence, within a country or across an international border, temporarily or permanently, and for a variety of reasons.
    .opt-a-feedback = The 1951 Convention defines "refugee", not "migrant".
    .opt-b-feedback = The IOM description sets no minimum duration. Statistical definitions use other periods, such as 12 months for long-term migrants.
    .opt-d-feedback = This is closer to "migrant worker", defined in Article 2(1) of the 1990 Migrant Workers Convention. The umbrella term "migrant" is broader.

q-long-term-migrant-months = According to the UN Recommendations on Statistics of International Migration (Revision 1, 1998), a long-term migrant is a person who moves to a country other than that of his or her usual residence for at least how many months? Enter a number.
    .feedback = The answer is 12. The UN Recommendations define a long-term migrant as a person who moves to another country for a period of at least a year (12 months), so that the country of destination becomes the new country of usual residence. A move of at least 3 but less than 12 months is counted as short-term migration, except where it is for recreation, holiday, visits to friends and relatives, business, medical treatment or religious pilgrimage.

q-international-migrants-2020 = According to the IOM World Migration Report 2022, which uses UN DESA data, about how many international migrants were there in the world in 2020? Give the number in millions.
    .feedback = The IOM World Migration Report 2022 gives about 281 million international migrants in 2020, based on UN DESA International Migrant Stock 2020. This was about 3.6 per cent of the world population. Answers between 276 and 286 are accepted.

q-no-reservations-article33 = A State that becomes party to the 1951 Refugee Convention may not make a reservation to Article 33 on non-refoulement.
    .feedback = True. Article 42(1) of the 1951 Convention excludes reservations to Articles 1, 3, 4, 16(1), 33 and 36 to 46. Article VII(1) of the 1967 Protocol contains the same limit for Articles 1, 3, 4, 16(1) and 33.

## Category: compacts

q-gcm-objectives-count = How many objectives does the Global Compact for Safe, Orderly and Regular Migration contain? Enter a number.
    .feedback = The answer is 23. Paragraph 16 of the Global Compact lists 23 objectives, from objective 1 on data to objective 23 on international cooperation. Each objective is followed by a commitment and a list of possible actions.

q-gcm-legal-nature = The Global Compact for Safe, Orderly and Regular Migration creates legally binding obligations for the States that endorsed it.
    .feedback = False. Paragraph 7 of the Global Compact describes it as a non-legally binding cooperative framework, and paragraph 15(b) repeats this. It builds on existing obligations, such as those under human rights treaties, but it does not create new ones.

q-gcm-objectives-matching = Match each objective number of the Global Compact for Migration with its content.
    .left-o8 = Objective 8
    .left-o13 = Objective 13
    .left-o20 = Objective 20
    .left-o21 = Objective 21
    .right-lives = Save lives and establish coordinated international efforts on missing migrants
    .right-detention = Use migration detention only as a measure of last resort and work towards alternatives
    .right-remittances = Promote faster, safer and cheaper transfer of remittances and foster financial inclusion of migrants
    .right-return = Cooperate in facilitating safe and dignified return and readmission, as well as sustainable reintegration
    .right-quota = Establish a binding global quota for the admission of labour migrants
    .feedback = Objective 8 concerns saving lives and missing migrants, objective 13 migration detention as a last resort, objective 20 remittances and objective 21 return, readmission and reintegration (paragraph 16 of the Global Compact). The Compact contains no binding admission quotas.

q-gcm-guiding-principles = Which of the following are guiding principles of the Global Compact for Migration listed in its paragraph 15? Select all that apply.
    .opt-a = Free movement of persons between all States
    .opt-b = National sovereignty
    .opt-c = Mandatory relocation quotas
    .opt-d = Rule of law and due process
    .opt-e = Whole-of-society approach
    .feedback = Paragraph 15 lists ten cross-cutting guiding principles: people-centred, international cooperation, national sovereignty, rule of law and due process, sustainable development, human rights, gender-responsive, child-sensitive, whole-of-government approach and whole-of-society approach.
    .opt-a-feedback = The Compact does not establish free movement. Paragraph 15(c) reaffirms the sovereign right of States to determine their national migration policy.
    .opt-c-feedback = Relocation quotas do not appear in the Compact. Relocation is one option in the solidarity mechanism of EU law, not a principle of the Global Compact.

q-gcm-review-forum = Under paragraph 49 of the Global Compact for Migration, which forum, held every four years beginning in 2022, is the primary intergovernmental global platform to review the implementation of the Compact? Give its English acronym.
    .feedback = The International Migration Review Forum (IMRF) is the repurposed and renamed High-level Dialogue on International Migration and Development. Under paragraph 49 of the Compact, it meets every four years from 2022, and each session results in an intergovernmentally agreed Progress Declaration.

q-un-network-coordinator = Under paragraph 45(a) of the Global Compact for Migration, which organisation serves as coordinator and secretariat of the United Nations Network on Migration?
    .opt-a = UNHCR
    .opt-b = OHCHR
    .opt-c = UN DESA
    .opt-d = IOM
    .feedback = Paragraph 45(a) of the Compact states that IOM serves as coordinator and secretariat of the UN Network on Migration, which ensures system-wide support to States for the implementation of the Compact.
    .opt-a-feedback = UNHCR leads on refugee protection and on the Global Compact on Refugees. It is a member of the Network, not its coordinator.
    .opt-b-feedback = OHCHR contributes its human rights expertise as a member of the Network, but it is not the coordinator.
    .opt-c-feedback = UN DESA produces global migration statistics, such as the International Migrant Stock, but it does not coordinate the Network.

q-gcr-objectives = Which of the following are objectives of the Global Compact on Refugees? Select all that apply.
    .opt-a = Ease pressures on host countries
    .opt-b = Enhance refugee self-reliance
    .opt-c = Expand access to third-country solutions
    .opt-d = Set binding resettlement quotas for every State
    .opt-e = Replace the refugee definition of the 1951 Convention
    .opt-f = Support conditions in countries of origin for return in safety and dignity
    .feedback = Paragraph 7 of the Global Compact on Refugees sets four objectives: ease pressures on host countries, enhance refugee self-reliance, expand access to third-country solutions, and support conditions in countries of origin for return in safety and dignity.
    .opt-d-feedback = The Compact is not legally binding (paragraph 4). It relies on voluntary contributions, for example pledges at the Global Refugee Forum.
    .opt-e-feedback = The Compact is based on the existing international refugee regime, with the 1951 Convention and the 1967 Protocol at its centre. It does not change the refugee definition.

q-gcr-endorsement = How was the Global Compact on Refugees endorsed?
    .opt-a = States adopted it at an intergovernmental conference in Marrakech in December 2018.
    .opt-b = States signed and ratified it as a new protocol to the 1951 Convention.
    .opt-c = The UN General Assembly affirmed it in December 2018, in its annual resolution on UNHCR.
    .opt-d = The UN Security Council adopted it in a binding resolution.
    .feedback = The UN General Assembly affirmed the Global Compact on Refugees on 17 December 2018 in resolution 73/151 on the Office of the UN High Commissioner for Refugees. The text had been prepared through consultations led by UNHCR.
    .opt-a-feedback = The Marrakech conference of 10 December 2018 adopted the Global Compact for Migration, not the Global Compact on Refugees.
    .opt-b-feedback = The Global Compact on Refugees is not a treaty. Paragraph 4 states that it is not legally binding.
    .opt-d-feedback = The Security Council had no role in the adoption of the Compact.

q-global-frameworks-timeline = Put these events in chronological order, from the earliest to the most recent.
    .item-agenda = Adoption of the 2030 Agenda for Sustainable Development, including target 10.7 on migration
    .item-nydeclaration = Adoption of the New York Declaration for Refugees and Migrants
    .item-gcm = Adoption of the Global Compact for Migration at the intergovernmental conference in Marrakech
    .item-grf = The first Global Refugee Forum in Geneva
    .feedback = The 2030 Agenda was adopted on 25 September 2015 (resolution 70/1). The New York Declaration of 19 September 2016 (resolution 71/1) started the process towards both Compacts. The Global Compact for Migration was adopted in Marrakech on 10 December 2018, and the first Global Refugee Forum took place in December 2019.

q-sdg-migration-targets = Complete the sentences about the Sustainable Development Goals.
    .text = Under SDG target 10.c, by 2030 States aim to reduce the transaction costs of migrant remittances to less than { $g1 } per cent and to eliminate remittance corridors with costs higher than { $g2 } per cent. The target on orderly, safe, regular and responsible migration through well-managed migration policies is SDG target { $g3 }.
    .opt-g1a = 5
    .opt-g1b = 3
    .opt-g1c = 1
    .opt-g2a = 10
    .opt-g2b = 3
    .opt-g2c = 5
    .opt-g3a = 10.7
    .opt-g3b = 8.8
    .opt-g3c = 16.9
    .feedback = Target 10.c of the 2030 Agenda sets the figures of less than 3 per cent and corridors above 5 per cent. Target 10.7 covers orderly, safe, regular and responsible migration. Target 8.8 concerns labour rights, including those of migrant workers, and target 16.9 concerns legal identity. GCM objective 20 also refers to target 10.c.

## Category: actors

q-unhcr-statute = Which UN body, whose Statute was adopted by General Assembly resolution 428 (V) of 14 December 1950, provides international protection to refugees and seeks permanent solutions for them? Give its English acronym.
    .feedback = The Office of the United Nations High Commissioner for Refugees (UNHCR). Its Statute is annexed to General Assembly resolution 428 (V), and it began work on 1 January 1951. Article 35 of the 1951 Convention obliges States to cooperate with UNHCR in its supervisory function.

q-iom-un-status = Since 2016 IOM has been a specialised agency of the United Nations, with the same legal status as the ILO.
    .feedback = False. Under the Agreement concerning the Relationship between the United Nations and IOM, approved by General Assembly resolution 70/296 and signed on 19 September 2016, IOM joined the UN system as a related organisation. It is not a specialised agency like the ILO, and it keeps its own Constitution and governing bodies.

q-ilo-conventions = Match each ILO convention with its subject.
    .left-c97 = Convention No. 97
    .left-c143 = Convention No. 143
    .left-c181 = Convention No. 181
    .left-c189 = Convention No. 189
    .right-employment = Migration for employment and equal treatment of migrants lawfully in the country
    .right-abusive = Migrations in abusive conditions and equality of opportunity of migrant workers
    .right-agencies = Private employment agencies and protection of the workers they recruit
    .right-domestic = Decent work for domestic workers
    .right-minimumage = Minimum age for admission to employment
    .feedback = Convention No. 97 is the Migration for Employment Convention (Revised), 1949. Convention No. 143 is the Migrant Workers (Supplementary Provisions) Convention, 1975. Convention No. 181 is the Private Employment Agencies Convention, 1997. Convention No. 189 is the Domestic Workers Convention, 2011. Minimum age is the subject of Convention No. 138.

q-ilo-tripartism = What is distinctive about the governance structure of the ILO?
    .opt-a = Only States that have ratified its conventions may vote in its organs.
    .opt-b = Representatives of governments, employers and workers take decisions together.
    .opt-c = Its decisions are taken by the UN Security Council.
    .opt-d = Associations of migrants hold a fixed share of the votes.
    .feedback = The ILO is the only tripartite UN agency. Under Article 3 of the ILO Constitution, each member State sends two government delegates, one employers' delegate and one workers' delegate to the International Labour Conference, and the Governing Body has the same tripartite composition (Article 7).
    .opt-a-feedback = All member States take part in the International Labour Conference, whether or not they have ratified a given convention.
    .opt-c-feedback = The ILO has its own Constitution and organs. The Security Council does not take its decisions.
    .opt-d-feedback = Migrants' associations have no fixed voting share. Workers are represented through workers' organisations.

q-ohchr-border-guidelines = Which UN entity published the Recommended Principles and Guidelines on Human Rights at International Borders in 2014?
    .opt-a = OHCHR
    .opt-b = UNHCR
    .opt-c = IOM
    .opt-d = Frontex
    .feedback = The Office of the UN High Commissioner for Human Rights (OHCHR) published these Principles and Guidelines in 2014. The first principle is the primacy of human rights: the human rights of all persons at international borders must be respected in all border governance measures.
    .opt-b-feedback = UNHCR publishes guidance on refugee protection, for example on protection-sensitive entry systems, but it is not the author of this document.
    .opt-c-feedback = IOM works on border management, but the 2014 Principles and Guidelines are an OHCHR publication.
    .opt-d-feedback = Frontex is an agency of the European Union, not a UN entity.

q-frontex-complaints = A person who believes that his or her fundamental rights were violated during a Frontex operation can submit a complaint through the complaints mechanism of Frontex, which is handled by its Fundamental Rights Officer.
    .feedback = True. Regulation (EU) 2019/1896 on the European Border and Coast Guard provides for a Fundamental Rights Officer (Article 109) and an individual complaints mechanism (Article 111). Complaints about staff of Member States are forwarded to the competent national authorities.

q-frontex-first-third-country = In 2019 Frontex launched its first joint operation on the territory of a country outside the European Union. In which country?
    .opt-a = Albania
    .opt-b = Serbia
    .opt-c = Montenegro
    .opt-d = North Macedonia
    .feedback = The first joint operation of Frontex on the territory of a non-EU country started in Albania in May 2019, at the border with Greece, under the status agreement between the EU and Albania.
    .opt-b-feedback = A Frontex joint operation in Serbia started later, under a separate status agreement with the EU.
    .opt-c-feedback = A Frontex joint operation in Montenegro started later, under a separate status agreement with the EU.
    .opt-d-feedback = A Frontex joint operation in North Macedonia started later, under a separate status agreement with the EU.

q-treaty-body-complaints = Complete the sentences about individual complaints to UN treaty bodies.
    .text = An individual complaint that a removal would violate Article 3 of the Convention against Torture can be submitted to the { $g1 } under Article { $g2 } of that Convention, if the State has accepted this procedure. Complaints under the ICCPR are examined by the { $g3 } under the First Optional Protocol.
    .opt-g1a = Human Rights Council
    .opt-g1b = Committee against Torture
    .opt-g1c = International Court of Justice
    .opt-g2a = 22
    .opt-g2b = 3
    .opt-g2c = 14
    .opt-g3a = Human Rights Council
    .opt-g3b = Committee on the Elimination of Racial Discrimination
    .opt-g3c = Human Rights Committee
    .feedback = Article 22 of the Convention against Torture allows individual communications to the Committee against Torture when the State has made a declaration accepting them. Under Article 1 of the First Optional Protocol to the ICCPR, the Human Rights Committee, a body of independent experts, examines individual communications. The Human Rights Council is an intergovernmental body of States and does not decide individual treaty complaints.

q-eu-agencies = Which of the following are agencies of the European Union? Select all that apply.
    .opt-a = Council of Europe
    .opt-b = IOM
    .opt-c = OSCE
    .opt-d = Frontex (European Border and Coast Guard Agency)
    .opt-e = EUAA (European Union Agency for Asylum)
    .opt-f = eu-LISA (agency for large-scale IT systems)
    .feedback = Frontex (Regulation (EU) 2019/1896), the EUAA (Regulation (EU) 2021/2303, which replaced EASO in 2022) and eu-LISA (Regulation (EU) 2018/1726, which manages systems such as Eurodac) are EU agencies.
    .opt-a-feedback = The Council of Europe is a separate international organisation with 46 member States. The European Court of Human Rights belongs to the Council of Europe, not to the EU.
    .opt-b-feedback = IOM is an intergovernmental organisation and a related organisation of the UN system.
    .opt-c-feedback = The OSCE is a regional security organisation, not an EU body.

q-icmpd-secretariat = Which intergovernmental organisation, with headquarters in Vienna, provides the secretariat of both the Budapest Process and the Prague Process? Give its English acronym.
    .feedback = The International Centre for Migration Policy Development (ICMPD), founded in 1993, acts as the secretariat of the Budapest Process and of the Prague Process.

## Category: regional

q-dublin-criteria-order = Under the Dublin III Regulation, which still governs applications registered before 1 July 2026, the criteria for determining the Member State responsible must be applied in a fixed order. Put these criteria in that order, from the first to the last.
    .item-minor = For an unaccompanied minor, the State where a family member or sibling is legally present
    .item-visa = The State that issued a valid residence document or visa to the applicant
    .item-irregular = The State whose external border the applicant crossed irregularly
    .item-airport = The State in whose international transit area of an airport the application was made
    .feedback = Article 7(1) of Regulation (EU) No 604/2013 requires the criteria to be applied in the order in which they appear in Chapter III: unaccompanied minors (Article 8), residence documents and visas (Article 12), irregular entry (Article 13) and the airport transit area (Article 15). The criteria on unaccompanied minors and family members (Articles 8 to 11) come before all the others. For applications registered from 1 July 2026, the criteria are set out in Articles 25 to 33 of Regulation (EU) 2024/1351.

q-eu-regulations = Match each EU regulation with its subject.
    .left-r604 = Regulation (EU) No 604/2013
    .left-r399 = Regulation (EU) 2016/399
    .left-r1896 = Regulation (EU) 2019/1896
    .left-r1351 = Regulation (EU) 2024/1351
    .right-responsibility = Determining the Member State responsible for an asylum application (Dublin III)
    .right-borderscode = Rules on border control of persons (Schengen Borders Code)
    .right-coastguard = The European Border and Coast Guard, including Frontex
    .right-management = Asylum and migration management, including the permanent solidarity mechanism
    .right-temporary = Temporary protection in the event of a mass influx of displaced persons
    .feedback = No 604/2013 is Dublin III, 2016/399 is the Schengen Borders Code, 2019/1896 is the European Border and Coast Guard Regulation and 2024/1351 is the Asylum and Migration Management Regulation of the Pact, which replaced Dublin III from 1 July 2026. Dublin III still applies to applications registered before that date (Article 84(2) of Regulation (EU) 2024/1351). Temporary protection is regulated by Council Directive 2001/55/EC, not by a regulation.

q-schengen-short-stay = Under the Schengen rules on short stays, how many days in any 180-day period may a third-country national who does not need a visa, for example a citizen of a Western Balkan country, stay in the Schengen area? Enter a number.
    .feedback = The answer is 90. Article 6(1) of the Schengen Borders Code (Regulation (EU) 2016/399) and Article 4(1) of Regulation (EU) 2018/1806 allow stays of no more than 90 days in any 180-day period.

q-visa-liberalisation-2009 = Citizens of which Western Balkan countries, holding biometric passports, have travelled to the Schengen area without a visa since 19 December 2009?
    .opt-a = Albania and Bosnia and Herzegovina
    .opt-b = Serbia, Montenegro and North Macedonia
    .opt-c = Serbia and Bosnia and Herzegovina
    .opt-d = Montenegro and Albania
    .feedback = Council Regulation (EC) No 1244/2009 lifted the visa requirement for Serbia, Montenegro and North Macedonia (then named the former Yugoslav Republic of Macedonia) from 19 December 2009. Albania and Bosnia and Herzegovina followed on 15 December 2010 under Regulation (EU) No 1091/2010. For Serbia, passports issued by the Serbian Coordination Directorate were excluded; visa-free travel for holders of Kosovo* passports began on 1 January 2024. *This designation is without prejudice to positions on status, and is in line with UNSCR 1244/1999 and the ICJ Opinion on the Kosovo declaration of independence.
    .opt-a-feedback = Albania and Bosnia and Herzegovina obtained visa-free travel one year later, from 15 December 2010.
    .opt-c-feedback = Bosnia and Herzegovina was not included in the 2009 decision. It obtained visa-free travel in December 2010.
    .opt-d-feedback = Albania was not included in the 2009 decision. It obtained visa-free travel in December 2010.

q-readmission-third-country-nationals = EU readmission agreements with Western Balkan countries oblige these countries to readmit, under certain conditions, not only their own nationals but also third-country nationals and stateless persons who entered the EU from their territory.
    .feedback = True. The readmission agreements with Albania (in force 2006) and with Bosnia and Herzegovina, Montenegro, North Macedonia and Serbia (in force 1 January 2008) cover own nationals and, under conditions set in the agreements, third-country nationals and stateless persons, for example persons who hold a visa or residence permit of the partner country, or who entered the EU directly after staying in or passing through it.

q-pact-solidarity-measures = Under the Asylum and Migration Management Regulation of the EU Pact on Migration and Asylum, which of the following are types of solidarity contributions that a Member State can choose? Select all that apply.
    .opt-a = Relocation of applicants for international protection
    .opt-b = Transfer of applicants to a third country outside the EU
    .opt-c = Financial contributions
    .opt-d = Alternative measures, such as operational support or capacity building
    .opt-e = Closing internal borders with the Member State under pressure
    .feedback = Article 56(2) of Regulation (EU) 2024/1351 lists relocation, financial contributions and alternative solidarity measures, which are considered of equal value. Under Article 12(2), the yearly Commission proposal must foresee at least 30 000 relocations and EUR 600 million in financial contributions.
    .opt-b-feedback = Transfers to third countries are not a form of solidarity between Member States under the Regulation.
    .opt-e-feedback = Closing internal borders is not a solidarity measure. Temporary internal border controls are governed by the Schengen Borders Code.

q-screening-duration = Under the EU Screening Regulation of the Pact, what is the maximum duration of screening at the external border?
    .opt-a = 12 weeks
    .opt-b = 30 days
    .opt-c = 6 months
    .opt-d = 7 days
    .feedback = Article 8(3) of Regulation (EU) 2024/1356 requires screening at the external border to be completed without delay and in any case within seven days. Screening covers identification, security checks, preliminary health and vulnerability checks and registration of biometric data.
    .opt-a-feedback = 12 weeks is the general maximum duration of the asylum border procedure under Article 51(2) of the Asylum Procedure Regulation (EU) 2024/1348, which may follow screening.
    .opt-b-feedback = Screening is much shorter. The Regulation sets a maximum of seven days at the external border.
    .opt-c-feedback = Screening is much shorter. The Regulation sets a maximum of seven days at the external border.

q-ammr-transition = For an application for international protection registered before 1 July 2026, the Member State responsible is determined under the criteria of the Dublin III Regulation, even though the new Asylum and Migration Management Regulation replaces Dublin III.
    .feedback = True. Under Article 84(2) of Regulation (EU) 2024/1351, the Member State responsible for an application registered before 1 July 2026 is determined under the criteria of Regulation (EU) No 604/2013. The new Regulation has applied in general since 1 July 2026 (Article 85).

q-berne-initiative-outcome = What was the main outcome of the Berne Initiative, launched by Switzerland in 2001?
    .opt-a = A binding convention on the readmission of irregular migrants
    .opt-b = The creation of the Global Forum on Migration and Development
    .opt-c = The International Agenda for Migration Management, a non-binding reference framework
    .opt-d = The admission of IOM into the United Nations system
    .feedback = The Berne Initiative was a consultative process owned by States, with IOM as its secretariat. It was concluded in 2004 with the International Agenda for Migration Management (IAMM), a non-binding set of common understandings and effective practices for managing migration.
    .opt-a-feedback = The Berne Initiative produced no binding instrument. It respected the sovereignty of States in migration matters.
    .opt-b-feedback = The Global Forum on Migration and Development met for the first time in 2007, after the 2006 UN High-level Dialogue. The Berne Initiative helped to prepare the ground, but it did not create the Forum.
    .opt-d-feedback = IOM joined the UN system as a related organisation in 2016, long after the Berne Initiative ended.

q-consultative-processes = Match each regional consultative process with its main focus.
    .left-budapest = Budapest Process
    .left-prague = Prague Process
    .left-colombo = Colombo Process
    .left-bali = Bali Process
    .right-silkroutes = One of the oldest European migration dialogues, now extended to the Silk Routes countries
    .right-partnerships = Dialogue launched in 2009 between the EU and Eastern Partnership, Western Balkan and Central Asian States
    .right-labour = Overseas employment and contractual labour for Asian countries of origin
    .right-smuggling = People smuggling, trafficking in persons and related transnational crime in the Asia-Pacific region
    .right-southamerica = Migration cooperation among the States of South America
    .feedback = The Budapest Process started in the early 1990s and now focuses on the Silk Routes. The Prague Process was launched at the 2009 Prague ministerial conference on Building Migration Partnerships. The Colombo Process (2003) deals with labour migration from Asian countries of origin, and the Bali Process (2002) with smuggling and trafficking. Like all regional consultative processes, they are informal and non-binding.
