course-title = Migration and Gender
course-description = Gender-responsive migration governance: international standards, gender-related persecution, safe and confidential procedures, trafficking, women migrant workers and sex-disaggregated data.

quiz-migration-gender-final = Final assessment
    .description = Twenty questions drawn from the whole course, four from each topic. You have 30 minutes and need 60 per cent to pass.

## Category: principles

q-gender-and-sex = According to UNHCR Guidelines on International Protection No. 1 (2002), what does the term "gender" refer to?
    .opt-a = The relationship between women and men based on socially or culturally constructed identities, status, roles and responsibilities
    .opt-b = The biological characteristics with which a person is born and which make the person female or male
    .opt-c = The sex that the authorities have recorded in a person's birth certificate and identity documents
    .opt-d = A person's capacity for emotional and sexual attraction to people of a particular sex or gender
    .feedback = UNHCR Guidelines No. 1 (para. 3) define gender as the relationship between women and men based on socially or culturally constructed and defined identities, status, roles and responsibilities assigned to one sex or another, while sex is a biological determination. Gender is therefore not static or innate: its meaning is shaped by society and culture and changes over time.
    .opt-b-feedback = This describes sex, not gender. The Guidelines treat sex as a biological determination and gender as a social and cultural construct.
    .opt-d-feedback = This describes sexual orientation. UNHCR deals with claims based on sexual orientation and gender identity in Guidelines No. 9 (2012).

q-gcm-victimhood = One of the guiding principles of the Global Compact for Migration (2018) recognises the independence, agency and leadership of migrant women. Which approach does it aim to move away from?
    .opt-a = Addressing migrant women primarily as workers
    .opt-b = Addressing migrant women primarily as family members
    .opt-c = Addressing migrant women primarily as victims
    .opt-d = Addressing migrant women primarily as rights-holders
    .feedback = Paragraph 15(g) of the Global Compact for Migration (A/RES/73/195) says that the Compact mainstreams a gender perspective and promotes gender equality and the empowerment of all women and girls, recognising their independence, agency and leadership, in order to move away from addressing migrant women primarily through a lens of victimhood.
    .opt-d-feedback = The Compact does not move away from human rights: "human rights" is itself one of its guiding principles (para. 15(f)), and the gender-responsive principle requires that the human rights of women, men, girls and boys are respected at all stages of migration.

q-equal-not-identical = Gender-responsive migration governance means applying exactly the same rules and services to women and men, without looking at their different situations and needs.
    .feedback = False. Gender-responsive governance aims at substantive equality: it identifies and addresses the specific needs of women, men, girls and boys at all stages of migration (Global Compact for Migration, para. 15(g)). CEDAW defines discrimination against women as any distinction, exclusion or restriction made on the basis of sex which has the effect or purpose of impairing women's rights (Article 1), and States parties must eliminate it (Article 2), so formally identical rules can still discriminate. Article 4(1) confirms that temporary special measures to accelerate de facto equality are not discrimination.

q-gcm-guiding-principles = Which of the following are guiding principles listed in paragraph 15 of the Global Compact for Migration (2018)? Select all that apply.
    .opt-a = Gender-responsive
    .opt-b = Child-sensitive
    .opt-c = Legally binding admission quotas
    .opt-d = Security takes priority over human rights
    .opt-e = Temporary stay as the rule for all migrants
    .opt-f = National sovereignty
    .feedback = Paragraph 15 lists ten cross-cutting and interdependent guiding principles: people-centred, international cooperation, national sovereignty, rule of law and due process, sustainable development, human rights, gender-responsive, child-sensitive, whole-of-government approach and whole-of-society approach.
    .opt-c-feedback = The Compact is a non-legally binding cooperative framework (para. 7). It does not set quotas.
    .opt-d-feedback = Human rights are one of the guiding principles (para. 15(f)); the Compact does not rank security above them.

q-intersecting-discrimination = An asylum-seeking woman is discriminated against because she is a woman, because of her ethnic origin and because she has a disability. What does CEDAW General Recommendation No. 32 (2014) require States parties to do about such discrimination?
    .opt-a = Identify the single most serious ground of discrimination and address only that ground
    .opt-b = Deal with the case under disability law only, because disability is the most specific ground
    .opt-c = Apply the Convention only if the woman can show that sex was the main ground of discrimination
    .opt-d = Legally recognise intersecting forms of discrimination and their compounded negative impact, and prohibit them
    .feedback = Paragraph 6 of General Recommendation No. 32 notes that discrimination based on sex or gender is often linked with and compounded by other factors, such as race, ethnicity, religion, health, age, class or being lesbian, bisexual or transgender. States parties must legally recognise such intersecting forms of discrimination and their compounded negative impact on the women concerned, and prohibit them.
    .opt-a-feedback = Reducing the case to one ground hides the combined effect of the different grounds. General Recommendation No. 32 requires States to recognise intersecting discrimination as such.
    .opt-c-feedback = CEDAW covers women who face discrimination on several grounds at once; there is no requirement that sex be the dominant ground.

q-eu-statistics-sex = Which EU act requires Member States to send Eurostat statistics on migration and international protection broken down by age and sex?
    .opt-a = Directive 2011/36/EU
    .opt-b = Regulation (EC) No 862/2007
    .opt-c = Regulation (EU) No 604/2013
    .opt-d = Directive 2001/55/EC
    .feedback = Regulation (EC) No 862/2007 on Community statistics on migration and international protection, amended by Regulation (EU) 2020/851, requires statistics on migration flows and on applications for international protection, among others, to be disaggregated by age and sex. Sex-disaggregated data are the basis for gender-responsive migration policy.
    .opt-a-feedback = Directive 2011/36/EU is the EU Anti-Trafficking Directive. It is not the general act on migration and asylum statistics.
    .opt-c-feedback = Regulation (EU) No 604/2013 (Dublin III) set the criteria for determining which Member State is responsible for examining an asylum application; since 1 July 2026 it has been replaced by Regulation (EU) 2024/1351 on asylum and migration management, although it still applies to applications registered before that date.
    .opt-d-feedback = Directive 2001/55/EC is the Temporary Protection Directive for mass influx situations.

q-sdg-disaggregation = Sustainable Development Goal target 17.18 calls for data disaggregated by a list of characteristics. Which of the following are in that list? Select all that apply.
    .opt-a = Religion
    .opt-b = Gender
    .opt-c = Political opinion
    .opt-d = Migratory status
    .opt-e = Age
    .feedback = Target 17.18 of the 2030 Agenda (A/RES/70/1) called for enhanced capacity-building support, by 2020, to increase significantly the availability of high-quality, timely and reliable data disaggregated by income, gender, age, race, ethnicity, migratory status, disability, geographic location and other characteristics relevant in national contexts. Religion and political opinion are not in the list.

q-women-share-migrants = According to UN DESA (International Migrant Stock 2020), what percentage of all international migrants in the world in 2020 were women and girls? Give a whole number.
    .feedback = UN DESA estimated that there were 281 million international migrants in 2020 and that women and girls made up about 48 per cent of them, slightly less than half. Answers from 47 to 49 are accepted. The figure shows that migration policies which assume that the typical migrant is a man miss about half of all migrants. For comparison, UN DESA's International Migrant Stock 2024 gives about 304 million international migrants in mid-2024.

q-gender-mainstreaming = Complete the definition of gender mainstreaming agreed by the UN Economic and Social Council (ECOSOC) in 1997.
    .text = Mainstreaming a gender perspective is the process of assessing the implications for { $g1 } of any planned action, including legislation, policies or programmes, in all areas and at all levels. Its ultimate goal is to achieve { $g2 }.
    .opt-g1a = women only
    .opt-g1b = women and men
    .opt-g1c = the national budget
    .opt-g2a = equal numbers of female and male staff
    .opt-g2b = lower numbers of irregular migrants
    .opt-g2c = gender equality
    .feedback = ECOSOC agreed conclusions 1997/2 define gender mainstreaming as the process of assessing the implications for women and men of any planned action, in all areas and at all levels, so that women and men benefit equally and inequality is not perpetuated. The ultimate goal is gender equality. Mainstreaming is therefore not limited to projects for women, and balanced staffing is only one possible means.

q-istanbul-definitions = Match each term with its definition in Article 3 of the Istanbul Convention (2011).
    .left-domestic = Domestic violence
    .left-gender = Gender
    .left-gbv = Gender-based violence against women
    .left-women = Women
    .right-family = Physical, sexual, psychological or economic violence within the family or domestic unit, or between former or current spouses or partners
    .right-roles = The socially constructed roles, behaviours, activities and attributes that a given society considers appropriate for women and men
    .right-because-woman = Violence that is directed against a woman because she is a woman or that affects women disproportionately
    .right-girls = A term that includes girls under the age of 18
    .right-public = Violence that is committed only in public places and only by strangers
    .feedback = Article 3 of the Istanbul Convention defines domestic violence in point (b), whether or not the perpetrator shares or has shared the same residence with the victim; gender in point (c); gender-based violence against women in point (d); and states in point (f) that the term "women" includes girls under the age of 18. Violence against women covers acts in both public and private life (point (a)), so the last definition is wrong.

## Category: instruments

q-instruments-chronology = Put these instruments in the order in which they were adopted, starting with the earliest.
    .item-refugee-convention = Convention relating to the Status of Refugees
    .item-cedaw = Convention on the Elimination of All Forms of Discrimination against Women (CEDAW)
    .item-icrmw = International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families
    .item-trafficking-protocol = Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children
    .item-gcm = Global Compact for Safe, Orderly and Regular Migration
    .feedback = The Refugee Convention was adopted on 28 July 1951; CEDAW on 18 December 1979 (General Assembly resolution 34/180); the Migrant Workers Convention on 18 December 1990 (resolution 45/158); the Trafficking in Persons Protocol, which supplements the UN Convention against Transnational Organized Crime, on 15 November 2000 (resolution 55/25); and the Global Compact for Migration in Marrakech on 10 December 2018, endorsed by resolution 73/195 on 19 December 2018.

q-gender-guidance-chronology = Put these texts on gender, migration and asylum in chronological order, starting with the earliest.
    .item-unhcr-gl1 = UNHCR Guidelines on International Protection No. 1 on gender-related persecution
    .item-cedaw-gr26 = CEDAW General Recommendation No. 26 on women migrant workers
    .item-istanbul = Council of Europe Istanbul Convention on violence against women (opened for signature)
    .item-cedaw-gr32 = CEDAW General Recommendation No. 32
    .item-cjeu-ws = Judgment of the Court of Justice of the European Union in case WS (C-621/21)
    .feedback = UNHCR Guidelines No. 1: 7 May 2002. CEDAW General Recommendation No. 26: 5 December 2008. Istanbul Convention: opened for signature on 11 May 2011 (in force since 1 August 2014). CEDAW General Recommendation No. 32: 5 November 2014. CJEU judgment in WS: 16 January 2024.

q-istanbul-residence = A migrant woman's residence permit depends on her husband's status. He is violent and she leaves the marriage. Under Article 59(1) of the Istanbul Convention, what must Parties ensure for her in particularly difficult circumstances?
    .opt-a = An autonomous residence permit, but only if the marriage lasted at least three years
    .opt-b = An autonomous residence permit, on application, irrespective of how long the marriage lasted
    .opt-c = Automatic citizenship of the host country, without any application
    .opt-d = Assisted return to her country of origin together with her children
    .feedback = Article 59(1) requires Parties to ensure that victims whose residence status depends on that of the spouse or partner are granted, in the event of the dissolution of the marriage or relationship, in particularly difficult circumstances, upon application, an autonomous residence permit irrespective of the duration of the marriage or relationship. Under Article 59(2), victims can obtain the suspension of expulsion proceedings so that they can apply for such a permit. CEDAW General Recommendation No. 26 (para. 26(f)) similarly calls for independent residence status for women who flee an abusive spouse or employer. Article 78(2) allows Parties to reserve the right not to apply Article 59, or to apply it only in specific cases or conditions, so check whether your State has made such a reservation.
    .opt-a-feedback = Article 59(1) says "irrespective of the duration of the marriage or the relationship". A minimum-duration rule must not block access to the autonomous permit.
    .opt-c-feedback = The Convention requires a residence permit, not citizenship. The conditions and duration of the permit are set by national law.
    .opt-d-feedback = The purpose of Article 59 is to let the victim leave the violent relationship without losing her right to stay, not to return her.

q-istanbul-asylum = What does Article 60 of the Istanbul Convention require Parties to ensure about gender-based violence against women in asylum procedures?
    .opt-a = That it is treated as a new, sixth ground of persecution added to the grounds listed in the 1951 Refugee Convention
    .opt-b = That it can lead only to a humanitarian residence permit and never to refugee status or subsidiary protection
    .opt-c = That it is examined only by the criminal courts and is left out of the examination of the asylum application
    .opt-d = That it may be recognised as a form of persecution under the 1951 Refugee Convention and as serious harm for subsidiary protection
    .feedback = Article 60(1) requires Parties to ensure that gender-based violence against women may be recognised as a form of persecution within the meaning of the refugee definition of the 1951 Convention and as a form of serious harm giving rise to complementary or subsidiary protection. Article 60(2) requires a gender-sensitive interpretation of each Convention ground, and Article 60(3) requires gender-sensitive reception procedures, support services, gender guidelines and gender-sensitive asylum procedures.
    .opt-a-feedback = The Convention does not add a new ground. Instead, Article 60(2) requires a gender-sensitive interpretation of each of the existing grounds.
    .opt-b-feedback = Article 60(1) expressly opens both refugee status and subsidiary protection to victims of gender-based violence.

q-istanbul-non-refoulement = Under Article 61(2) of the Istanbul Convention, protection against return to a country where a victim's life would be at risk applies only to women who have a regular residence status.
    .feedback = False. Article 61(2) protects victims of violence against women who are in need of protection "regardless of their status or residence": they shall not be returned under any circumstances to any country where their life would be at risk or where they might be subjected to torture or inhuman or degrading treatment or punishment. Article 61(1) requires Parties to respect the principle of non-refoulement in accordance with their existing obligations under international law.

q-grevio = Which independent expert body monitors how the Parties implement the Istanbul Convention? Give its acronym.
    .feedback = GREVIO, the Group of Experts on Action against Violence against Women and Domestic Violence, is set up by Article 66 of the Istanbul Convention. Its evaluation reports also cover Chapter VII of the Convention on migration and asylum (Articles 59 to 61).

q-cedaw-nationality = Which article of CEDAW gives women equal rights with men to acquire, change or retain their nationality, and equal rights with respect to the nationality of their children?
    .opt-a = Article 6
    .opt-b = Article 11
    .opt-c = Article 9
    .opt-d = Article 15
    .feedback = Article 9(1) of CEDAW grants women equal rights with men to acquire, change or retain their nationality, and Article 9(2) grants women equal rights with men with respect to the nationality of their children. General Recommendation No. 32 (2014) warns that nationality laws which prevent women from passing their nationality to their children or spouses can cause statelessness, and calls on States to withdraw their reservations to Article 9.
    .opt-a-feedback = Article 6 obliges States to suppress all forms of traffic in women and exploitation of the prostitution of women.
    .opt-b-feedback = Article 11 concerns discrimination against women in employment.
    .opt-d-feedback = Article 15 concerns equality before the law; its paragraph 4 covers freedom of movement and the choice of residence and domicile, not nationality.

q-gr26-categories = CEDAW General Recommendation No. 26 (2008) covers women migrant workers who migrate independently and those who join husbands or other family members who are also workers. Which third category does it cover?
    .opt-a = Undocumented women migrant workers
    .opt-b = Women who travel abroad only as tourists
    .opt-c = Women diplomats and consular staff
    .opt-d = Internally displaced women in their own country
    .feedback = General Recommendation No. 26 addresses women migrant workers who may be at risk of abuse and discrimination: those who migrate independently, those who join their husbands or other family members who are also workers, and undocumented women migrant workers, who may belong to either of the first two groups. It stresses that CEDAW protects all women, including migrant women, against sex- and gender-based discrimination.
    .opt-d-feedback = Internally displaced women have not crossed an international border. General Recommendation No. 26 concerns women who migrate to another country for work.

q-instrument-topics = Match each instrument with its main subject.
    .left-gr32 = CEDAW General Recommendation No. 32 (2014)
    .left-gr35 = CEDAW General Recommendation No. 35 (2017)
    .left-gl9 = UNHCR Guidelines on International Protection No. 9 (2012)
    .left-c189 = ILO Convention No. 189 (2011)
    .right-asylum-nationality = Refugee status, asylum, nationality and statelessness of women
    .right-violence = Gender-based violence against women, updating General Recommendation No. 19
    .right-sogi = Refugee claims based on sexual orientation and/or gender identity
    .right-domestic-work = Decent work for domestic workers
    .right-children = Asylum claims made by children
    .feedback = General Recommendation No. 32 (CEDAW/C/GC/32) covers the gender-related dimensions of refugee status, asylum, nationality and statelessness of women. General Recommendation No. 35 (CEDAW/C/GC/35) on gender-based violence against women updates General Recommendation No. 19 (1992). UNHCR Guidelines No. 9 (HCR/GIP/12/09) deal with claims based on sexual orientation and/or gender identity. ILO Convention No. 189 is the Domestic Workers Convention. Child asylum claims are the subject of UNHCR Guidelines No. 8 (2009).

## Category: protection

q-psg-definition = According to UNHCR Guidelines No. 2 (2002) on membership of a particular social group, which statement is correct?
    .opt-a = The members of the group must know each other and must act together as a cohesive and organised group
    .opt-b = The group shares a common characteristic other than the risk of being persecuted, or is perceived as a group by society
    .opt-c = The group may be defined only by the persecution that its members suffer, and by no other characteristic
    .opt-d = The applicant must prove that every member of the group is individually at risk of being persecuted
    .feedback = UNHCR defines a particular social group as a group of persons who share a common characteristic other than their risk of being persecuted, or who are perceived as a group by society. The characteristic will often be innate, unchangeable, or otherwise fundamental to identity, conscience or the exercise of human rights. Sex is an example of such a characteristic.
    .opt-a-feedback = Guidelines No. 2 confirm that there is no requirement of cohesiveness: members need not know each other or associate with each other.
    .opt-c-feedback = A group cannot be defined exclusively by the persecution its members suffer, although persecution may help to make a group visible in society.
    .opt-d-feedback = Not every member of the group needs to be at risk. The applicant must show that her or his own fear of persecution is well-founded.

q-women-group-size = According to UNHCR, women in a given country cannot form a particular social group because such a group would be too large.
    .feedback = False. UNHCR Guidelines No. 1 and No. 2 (2002) state that women may constitute a particular social group: sex is an innate and unchangeable characteristic, and women are frequently treated differently from men. The size of the group is not a relevant criterion; other Convention grounds, such as religion or political opinion, also cover very large groups. The CJEU reached a consistent conclusion in WS (C-621/21, 2024): women as a whole may be regarded as a particular social group.

q-cjeu-ws = What did the Court of Justice of the EU decide in WS (C-621/21, 16 January 2024) about women and the "particular social group" ground?
    .opt-a = Women may form a particular social group only if they also share an additional characteristic, such as ethnicity
    .opt-b = Gender-based violence may lead only to subsidiary protection and can never lead to refugee status
    .opt-c = The Istanbul Convention and CEDAW have no relevance for the interpretation of EU asylum law
    .opt-d = Women as a whole may form a particular social group if, in their country of origin, they face violence on account of their gender
    .feedback = In WS the Grand Chamber held that, under Article 10(1)(d) of Directive 2011/95/EU, women as a whole may be regarded as belonging to a particular social group where it is established that, in their country of origin, they are subject to physical or mental violence, including sexual violence and domestic violence, on account of their gender. The Court interpreted the Directive in line with CEDAW and the Istanbul Convention.
    .opt-a-feedback = An additional characteristic is not required, although women who share one (for example, having escaped a forced marriage) may also form a particular social group.
    .opt-b-feedback = The Court accepted that such women may qualify for refugee status. Only where the conditions for refugee status are not met must subsidiary protection be examined.
    .opt-c-feedback = The Court interpreted the Directive in the light of CEDAW, which all EU Member States have ratified, and of the Istanbul Convention, which binds the EU.

q-non-state-actors = A woman fears serious violence from her husband. The authorities in her country do not protect women in such cases because they consider it a private family matter. Under UNHCR Guidelines No. 1 (2002), which statements are correct? Select all that apply. Wrong choices reduce your score.
    .opt-a = Violence in the family is a private matter and is outside the refugee definition
    .opt-b = Her claim can succeed only if her husband is a state official
    .opt-c = Persecution can come from a non-state actor if the state is unable or unwilling to protect
    .opt-d = The link to a Convention ground can be met if the state fails to protect her for a Convention reason
    .feedback = UNHCR Guidelines No. 1 recognise that persecution can be committed by non-state actors, such as family members, where the state is unable or unwilling to offer effective protection. The causal link ("for reasons of") is met either where the non-state actor harms her for a Convention reason, or where the state fails to protect her for a Convention reason. EU law followed the same approach in Articles 6(c) and 9(3) of Directive 2011/95/EU, and Regulation (EU) 2024/1347, applicable since 1 July 2026, keeps it (Articles 6 and 9).
    .opt-a-feedback = Domestic violence may amount to persecution when state protection is not available. Calling it "private" does not remove it from the refugee definition.
    .opt-b-feedback = The persecutor does not have to be a state agent. What matters is whether effective state protection is available.

q-qd-gender = Complete two provisions of the EU Qualification Directive 2011/95/EU (applicable until 30 June 2026; replaced by Regulation (EU) 2024/1347 from 1 July 2026).
    .text = Under Article 9(2)(f), acts of persecution can take the form of acts of a { $g1 } or child-specific nature. Under Article 10(1)(d), gender-related aspects, including { $g2 }, shall be given due consideration when determining membership of a particular social group.
    .opt-g1a = gender-specific
    .opt-g1b = purely economic
    .opt-g1c = military
    .opt-g2a = gender identity
    .opt-g2b = marital status
    .opt-g2c = level of education
    .feedback = Article 9(2)(f) of Directive 2011/95/EU lists acts of a gender-specific or child-specific nature among the possible acts of persecution. Article 10(1)(d) requires that gender-related aspects, including gender identity, be given due consideration for the purposes of determining membership of a particular social group or identifying a characteristic of such a group. Regulation (EU) 2024/1347 carries these rules on acts and reasons of persecution forward in its Articles 9 and 10.

q-sogi-concealment = A gay man says that he would be at risk if he lived openly in his country of origin. May the asylum authority expect him to avoid persecution by hiding his sexual orientation?
    .opt-a = Yes, if he kept his sexual orientation hidden before he left the country
    .opt-b = Yes, if the laws against same-sex relations are rarely enforced in practice
    .opt-c = No, an applicant cannot be expected to conceal his sexual orientation
    .opt-d = Yes, if he is not a public figure or a human rights activist
    .feedback = UNHCR Guidelines No. 9 (2012) state that an applicant cannot be expected or required by the State to change or conceal his or her identity in order to avoid persecution. The CJEU agreed in X, Y and Z (C-199/12 to C-201/12, 7 November 2013): authorities cannot reasonably expect an applicant to conceal his homosexuality in his country of origin or to exercise reserve in expressing it. The same reasoning applies to lesbian, bisexual, transgender and intersex applicants.
    .opt-a-feedback = Hiding in the past may itself be a response to fear. The test is what would happen if he lived openly, not whether he managed to hide before.
    .opt-b-feedback = How often the law is applied is relevant to assessing the risk, but it is not a reason to require the applicant to hide his identity.

q-criminalisation-per-se = According to the CJEU in X, Y and Z (2013), the mere existence of a law that criminalises homosexual acts always amounts to persecution, whether or not the law is applied.
    .feedback = False. The Court held that criminalisation as such does not constitute an act of persecution, but that a term of imprisonment for homosexual acts which is actually applied in the country of origin does, because it is a disproportionate or discriminatory punishment (Article 9(2)(c) of Directive 2004/83/EC). UNHCR Guidelines No. 9 (2012) add that even laws that are rarely enforced can, depending on the circumstances, create an intolerable situation for the applicant, so each case needs careful individual assessment.

q-sogi-credibility = In A, B and C (C-148/13 to C-150/13, 2 December 2014), the CJEU set limits on how authorities may assess the credibility of a claimed sexual orientation. Which practices did it rule out? Select all that apply.
    .opt-a = Detailed questions about the applicant's sexual practices
    .opt-b = Open questions about how the applicant became aware of his or her orientation
    .opt-c = Accepting "tests" or films of sexual acts as evidence
    .opt-d = Treating the applicant's own statements as the starting point of the assessment
    .opt-e = An assessment based only on stereotyped notions about homosexuals
    .feedback = The Court held that EU law precludes an assessment based only on questions founded on stereotyped notions, detailed questioning about sexual practices, and evidence such as the performance of sexual acts, "tests" or films, because these infringe human dignity and the right to private life. The applicant's declarations are the starting point of the assessment, and late disclosure alone does not prove a lack of credibility.
    .opt-b-feedback = Open, sensitive questions about the applicant's own experience of identity are recommended by UNHCR Guidelines No. 9; the Court did not rule them out.
    .opt-d-feedback = The Court did not rule this out: it said that the applicant's declarations are merely the starting point of the assessment and may require confirmation.

q-refugee-definition-article = Which provision of the 1951 Convention relating to the Status of Refugees contains the definition of a refugee, including the five grounds of persecution?
    .opt-a = Article 1A(2)
    .opt-b = Article 1F
    .opt-c = Article 31
    .opt-d = Article 33(1)
    .feedback = Article 1A(2) defines a refugee as a person who, owing to a well-founded fear of being persecuted for reasons of race, religion, nationality, membership of a particular social group or political opinion, is outside the country of nationality and is unable or, owing to such fear, unwilling to avail himself or herself of the protection of that country. Sex and gender are not listed, but UNHCR Guidelines No. 1 (2002) confirm that the definition, properly interpreted, covers gender-related claims.
    .opt-b-feedback = Article 1F is the exclusion clause: the Convention does not apply to a person with respect to whom there are serious reasons for considering that he or she has committed a crime against peace, a war crime or a crime against humanity, a serious non-political crime outside the country of refuge before admission to it, or acts contrary to the purposes and principles of the United Nations.
    .opt-c-feedback = Article 31 concerns refugees unlawfully in the country of refuge: States shall not impose penalties on account of illegal entry or presence on refugees who come directly from a territory where their life or freedom was threatened, provided they present themselves without delay to the authorities and show good cause.
    .opt-d-feedback = Article 33(1) prohibits refoulement: no State shall expel or return a refugee to the frontiers of territories where his or her life or freedom would be threatened on account of race, religion, nationality, membership of a particular social group or political opinion. It repeats the five grounds but does not define who is a refugee.

## Category: procedures

q-same-sex-interviewer = Under Article 15(3)(b) of the EU Asylum Procedures Directive 2013/32/EU (applicable until 11 June 2026), when were Member States required, wherever possible, to arrange for the personal interview to be conducted by a person of the same sex as the applicant?
    .opt-a = When the applicant asks for it, unless the request is unrelated to difficulties in presenting the grounds of the application
    .opt-b = Only when the applicant is an unaccompanied child and a guardian has made the request on the child's behalf
    .opt-c = In every case, automatically, whether or not the applicant has made any request
    .opt-d = Only when the applicant presents a medical report showing that she or he suffers from trauma
    .feedback = Article 15(3)(b) requires Member States, wherever possible, to provide for the interview to be conducted by a person of the same sex if the applicant so requests, unless the determining authority has reason to believe that the request is based on grounds not related to difficulties on the part of the applicant in presenting the grounds of the application in a comprehensive manner. The Asylum Procedure Regulation (EU) 2024/1348, which has replaced the Directive since 12 June 2026, keeps this approach: where the applicant requests it and where possible, interviewers and interpreters should be of the sex the applicant prefers (recital 21).
    .opt-c-feedback = Under Article 15(3)(b) the guarantee depends on the applicant's request. UNHCR Guidelines No. 1 (para. 36(iii)) go further as good practice: claimants should be told that they can choose an interviewer and an interpreter of the same sex, and these should be provided automatically for women claimants.
    .opt-d-feedback = No medical evidence is required. The request itself is enough, unless the determining authority has reason to believe that the request is based on grounds not related to difficulties in presenting the application.

q-same-sex-interpreter = Under EU asylum procedure law (Directive 2013/32/EU until 11 June 2026, and Regulation (EU) 2024/1348 since 12 June 2026), an applicant may ask for an interpreter of the same sex, and one should be provided wherever possible.
    .feedback = True. Article 15(3)(c) of Directive 2013/32/EU required Member States to select an interpreter who is able to ensure appropriate communication and, wherever possible, to provide an interpreter of the same sex if the applicant so requests, unless the determining authority has reason to believe that the request is based on grounds not related to difficulties in presenting the grounds of the application. UNHCR Guidelines No. 1 (2002) recommend interviewers and interpreters of the same sex for women claimants. Regulation (EU) 2024/1348 keeps this: where the applicant requests it and where possible, interpreters should be of the sex the applicant prefers (recital 21), and an interpreter able to ensure appropriate communication must be present at the interview (Article 13(5)).

q-separate-interview = A woman applies for asylum together with her husband. What is the main protection reason for offering her a separate and confidential personal interview?
    .opt-a = The authority needs to compare her account with her husband's account in order to detect inconsistencies
    .opt-b = She may have her own grounds for protection, such as gender-related persecution, that she cannot disclose in front of family members
    .opt-c = EU law does not allow a husband and wife to be covered by one application for international protection
    .opt-d = A separate interview is required only when the husband and the wife speak different languages
    .feedback = Women may have suffered persecution, including sexual violence, that they cannot talk about in front of a husband or other relatives, and they may have their own claim. Article 14(1) of Directive 2013/32/EU gave each dependent adult the opportunity of a personal interview, and Article 15(1) provided that the interview normally takes place without family members present. UNHCR Guidelines No. 1 (2002) and CEDAW General Recommendation No. 32 (2014) also call for women to be interviewed separately. Recital 21 of Regulation (EU) 2024/1348, applicable since 12 June 2026, states that applicants should be given an effective opportunity to be interviewed separately from their spouses, partners or other family members.
    .opt-a-feedback = Comparing accounts is not the purpose of this guarantee. The separate interview exists so that she can present her own reasons safely.
    .opt-c-feedback = EU law allows an application to be lodged on behalf of dependants; what it requires is that each dependent adult has the opportunity of a personal interview (Article 14(1)).

q-survivor-centred = Which set of guiding principles underpins a survivor-centred approach to gender-based violence in humanitarian and displacement settings?
    .opt-a = Safety, confidentiality, respect and non-discrimination
    .opt-b = Speed, evidence collection, mediation and reconciliation
    .opt-c = Mandatory reporting, family consent, discretion and return
    .opt-d = Neutrality, impartiality, independence and humanity
    .feedback = Inter-agency guidance on gender-based violence in emergencies (IASC Guidelines of 2005 and 2015) names four guiding principles for working with survivors: the safety of the survivor, confidentiality, respect for the survivor's wishes, rights and dignity, and non-discrimination. The survivor decides which services to use, and information about her is, as a rule, shared only with her informed consent.
    .opt-b-feedback = Mediation or reconciliation between survivor and perpetrator can expose the survivor to further harm and pressure; it is not a survivor-centred principle.
    .opt-d-feedback = These are the general humanitarian principles that guide all humanitarian action. They are not the specific principles for working with survivors of gender-based violence.

q-reception-gbv = Article 18 of the EU Reception Conditions Directive 2013/33/EU (applicable until 11 June 2026) set rules for the housing of applicants. Which of the following obligations did that Directive contain? Select all that apply.
    .opt-a = Take into account gender and age-specific concerns in accommodation centres
    .opt-b = Take measures to prevent assault and gender-based violence, including sexual assault and harassment
    .opt-c = Never house women and men in separate buildings, because this would be discriminatory
    .opt-d = Give a victim of assault medical care only after she has reported the assault to the police
    .feedback = Article 18(3) requires Member States to take into consideration gender and age-specific concerns and the situation of vulnerable persons in accommodation centres, and Article 18(4) requires appropriate measures to prevent assault and gender-based violence, including sexual assault and harassment. Article 25(1) requires necessary medical and psychological treatment for persons who have been subjected to rape or other serious acts of violence, without any condition of a police report. Directive (EU) 2024/1346, which replaced Directive 2013/33/EU from 12 June 2026, keeps these safeguards in its rules on housing (Article 20).
    .opt-c-feedback = The Directive does not prohibit separate facilities; separate and safe accommodation can be a way to meet gender-specific concerns.
    .opt-d-feedback = Access to treatment under Article 25(1) does not depend on a report to the police. Making care conditional on reporting would deter survivors from seeking help.

q-interview-stages = Put the stages of a gender-sensitive personal asylum interview in the order recommended by the EUAA (formerly EASO) practical guide on the personal interview.
    .item-prepare = Study the file and arrange an interviewer and an interpreter of the sex the applicant requested
    .item-open = Introduce everyone present and explain the purpose of the interview and the rules on confidentiality
    .item-narrative = Invite the applicant to give a free account of the reasons for her application
    .item-clarify = Ask specific questions to clarify gaps, missing details and inconsistencies
    .item-close = Give the applicant the chance to add or correct information and explain the next steps
    .feedback = The EASO (now EUAA) Practical Guide on the personal interview follows five stages: preparation, opening the interview and giving information, conducting the interview, exploring the substance of the application, and closing the interview with post-interview actions. A free account before specific questions lets the applicant tell her story in her own words and reduces the influence of the interviewer's assumptions.

q-separated-child = A 15-year-old girl arrives without her parents. She is travelling with her adult aunt. How is she classified under General Comment No. 6 (2005) of the Committee on the Rights of the Child?
    .opt-a = As an unaccompanied child
    .opt-b = As an accompanied child with no specific protection needs
    .opt-c = As a separated child
    .opt-d = As an adult for the purposes of the asylum procedure
    .feedback = General Comment No. 6 (paras. 7-8) defines unaccompanied children as children separated from both parents and other relatives and not cared for by an adult who, by law or custom, is responsible for doing so. Separated children are separated from both parents, or from their previous legal or customary primary caregiver, but not necessarily from other relatives, so they may be accompanied by other adult family members. The relationship with the accompanying adult should still be checked, because separated girls can be at risk of trafficking, exploitation or forced marriage. Note that EU asylum law uses a different test: a child is unaccompanied if not accompanied by an adult responsible for her by law or by the practice of the Member State concerned, so national authorities may treat the same girl as an unaccompanied minor and appoint a representative.
    .opt-a-feedback = She is not unaccompanied, because an adult relative is caring for her. She is, however, separated from her parents and still needs protection measures.
    .opt-b-feedback = Separated children are a group with specific protection needs under General Comment No. 6, even when a relative is present.
    .opt-d-feedback = Under Article 1 of the Convention on the Rights of the Child, a child is every human being below the age of 18 years.

q-guardian-timing = According to General Comment No. 6 (2005) of the Committee on the Rights of the Child, a guardian for an unaccompanied girl should be appointed only after the decision on her asylum application.
    .feedback = False. Paragraph 33 of General Comment No. 6 states that a guardian or adviser should be appointed as soon as the unaccompanied or separated child is identified, and kept until the child reaches the age of majority or permanently leaves the territory. Article 25(1)(a) of Directive 2013/32/EU (applicable until 11 June 2026) also required measures as soon as possible to ensure that a representative represents and assists an unaccompanied minor. The Pact instruments that replaced it keep the duty to designate a representative for an unaccompanied child as soon as possible. Early appointment helps to protect girls from trafficking, exploitation and abuse.

q-interview-conditions = Complete the rules on the conditions of the personal interview in Article 15 of the EU Asylum Procedures Directive 2013/32/EU (applicable until 11 June 2026).
    .text = A personal interview shall normally take place without the presence of { $g1 }, and it shall take place under conditions which ensure appropriate { $g2 }.
    .opt-g1a = an interpreter
    .opt-g1b = family members
    .opt-g1c = a legal adviser
    .opt-g2a = publicity
    .opt-g2b = speed
    .opt-g2c = confidentiality
    .feedback = Article 15(1) provides that a personal interview normally takes place without the presence of family members, unless the determining authority considers their presence necessary for an appropriate examination. Article 15(2) requires conditions which ensure appropriate confidentiality. These rules help women, and survivors of sexual violence in particular, to speak freely. An interpreter is normally present, and Article 23(3) allows the applicant to bring a legal adviser. Regulation (EU) 2024/1348, applicable since 12 June 2026, keeps the requirement of conditions ensuring appropriate privacy and confidentiality (Article 13(3)) and the opportunity to be interviewed separately from family members (recital 21).

## Category: labour-trafficking

q-trafficking-elements = Article 3(a) of the UN Trafficking in Persons Protocol (2000) defines trafficking through three elements. Match each element with an example.
    .left-act = The act
    .left-means = The means
    .left-purpose = The purpose
    .right-recruit = Recruiting, transporting or harbouring a woman
    .right-deceive = Deceiving her or abusing her position of vulnerability
    .right-exploit = Forced labour or sexual exploitation
    .right-border = Crossing a border without a valid visa or passport
    .feedback = The Protocol defines trafficking as an act (recruitment, transportation, transfer, harbouring or receipt of persons), by certain means (threat or use of force, coercion, abduction, fraud, deception, abuse of power or of a position of vulnerability, or giving or receiving payments or benefits to achieve the consent of a person having control over another person), for the purpose of exploitation (at a minimum, exploitation of the prostitution of others or other forms of sexual exploitation, forced labour or services, slavery or similar practices, servitude or the removal of organs). Irregular border crossing is not an element of trafficking; procuring illegal entry for a financial or other material benefit is smuggling of migrants under the separate Smuggling Protocol.

q-child-trafficking-means = Under Article 3(c) of the UN Trafficking in Persons Protocol (2000), the recruitment of a 16-year-old girl for the purpose of exploitation is trafficking even if no means, such as force or deception, were used.
    .feedback = True. Article 3(c) provides that the recruitment, transportation, transfer, harbouring or receipt of a child for the purpose of exploitation is trafficking in persons even if it does not involve any of the means set out in Article 3(a). Under Article 3(d), a child is any person under 18 years of age.

q-consent-irrelevant = A woman agreed to work abroad as a waitress. On arrival, the employer took her passport and forced her into prostitution to pay off a "debt". What is the legal effect of her initial consent to travel and to work?
    .opt-a = Her consent makes her a smuggled migrant rather than a victim of trafficking
    .opt-b = Her consent means trafficking can be proved only if she was physically forced
    .opt-c = Her consent makes her responsible for working without a permit
    .opt-d = Her consent is irrelevant, because deception and coercion were used
    .feedback = Under Article 3(b) of the Trafficking in Persons Protocol, the consent of a victim to the intended exploitation is irrelevant where any of the means in Article 3(a) have been used. Deception about the job, debt bondage and the confiscation of her passport point to trafficking. Article 26 of the Council of Europe Convention on Action against Trafficking in Human Beings (2005) requires Parties to provide for the possibility of not imposing penalties on victims for their involvement in unlawful activities, to the extent that they were compelled to do so.
    .opt-a-feedback = Smuggling is about procuring illegal entry for profit and normally ends on arrival. Here the purpose was exploitation, which makes it trafficking.
    .opt-b-feedback = Physical force is only one of the possible means. Deception, abuse of a position of vulnerability and debt bondage are enough.
    .opt-c-feedback = The non-punishment principle (Article 26 of the Council of Europe Convention) protects victims from penalties for unlawful acts they were compelled to commit.

q-greta = Which group of independent experts monitors the implementation of the Council of Europe Convention on Action against Trafficking in Human Beings (2005)? Give its acronym.
    .feedback = GRETA, the Group of Experts on Action against Trafficking in Human Beings, is set up by Article 36 of the Convention (CETS No. 197). It evaluates the Parties in successive rounds and publishes country reports, including on the identification of and assistance to women and girls who are victims of trafficking.

q-reflection-period = Under Article 13 of the Council of Europe Convention on Action against Trafficking in Human Beings (2005), what is the minimum length, in days, of the recovery and reflection period for a presumed victim?
    .feedback = Article 13(1) requires Parties to provide in their internal law a recovery and reflection period of at least 30 days when there are reasonable grounds to believe that the person is a victim. During this period no expulsion order can be enforced against the person, and she is entitled to the assistance in Article 12. The period allows the victim to recover, escape the influence of traffickers and take an informed decision on cooperating with the authorities.

q-c189-rights = Which of the following does the ILO Domestic Workers Convention No. 189 (2011) guarantee to domestic workers? Select all that apply.
    .opt-a = To keep their own travel and identity documents
    .opt-b = To agree freely with the employer whether or not to live in the household
    .opt-c = The employer may keep their wages until the end of the contract as a guarantee
    .opt-d = Not to be obliged to stay in the household during rest periods or leave
    .opt-e = Migrant domestic workers receive a written contract only after they arrive
    .feedback = Article 9 of Convention No. 189 requires measures so that domestic workers are free to agree with the employer whether to reside in the household, are not obliged to remain in the household or with household members during daily and weekly rest or annual leave, and are entitled to keep their travel and identity documents. Article 12(1) requires payment at regular intervals at least once a month. Article 8(1) requires migrant domestic workers recruited in one country for work in another to receive a written job offer or contract, enforceable in the country of work, before crossing national borders. The preamble notes that domestic work is mainly carried out by women and girls, many of whom are migrants.
    .opt-c-feedback = Article 12(1) requires domestic workers to be paid directly at regular intervals, at least once a month. Withholding wages is also an indicator of forced labour.
    .opt-e-feedback = Article 8(1) requires the written job offer or contract to be received before crossing national borders.

q-c189-weekly-rest = Under Article 10(2) of the ILO Domestic Workers Convention No. 189 (2011), weekly rest for domestic workers shall be at least how many consecutive hours?
    .feedback = Article 10(2) states that weekly rest shall be at least 24 consecutive hours. Article 10(1) requires measures towards equal treatment between domestic workers and workers generally in relation to hours of work, overtime compensation, daily and weekly rest and paid annual leave, and Article 10(3) treats time spent at the disposal of the household as hours of work to the extent set by national law. Live-in migrant domestic workers, most of whom are women, are particularly exposed to excessive working hours.

q-gr26-bans = Some countries of origin ban or restrict the emigration of women for domestic work in order to protect them. What does CEDAW General Recommendation No. 26 (2008) recommend to these countries?
    .opt-a = Require women to obtain a male guardian's permission before they leave the country
    .opt-b = Repeal sex-specific bans and discriminatory restrictions on women's migration
    .opt-c = Allow women to migrate for work only as dependants of male migrant workers
    .opt-d = Keep the bans in place until all destination countries ratify ILO Convention No. 189
    .feedback = General Recommendation No. 26 recommends that countries of origin repeal sex-specific bans and discriminatory restrictions on women's migration on the basis of age, marital status, pregnancy or maternity status, and lift requirements that women obtain permission from a spouse or male guardian to obtain a passport or to travel. Bans do not remove the reasons for migrating and can push women into irregular and riskier channels.
    .opt-a-feedback = General Recommendation No. 26 specifically calls for lifting requirements of permission from a husband or male guardian.
    .opt-d-feedback = CEDAW obligations apply to each State party directly; they are not conditional on what other States ratify.

q-sdg-remittance-cost = Sustainable Development Goal target 10.c aims, by 2030, to reduce the transaction costs of migrant remittances to less than what percentage? Give a number.
    .feedback = Target 10.c of the 2030 Agenda (A/RES/70/1) reads: by 2030, reduce to less than 3 per cent the transaction costs of migrant remittances and eliminate remittance corridors with costs higher than 5 per cent. Objective 20 of the Global Compact for Migration commits States to faster, safer and cheaper transfer of remittances and to the financial inclusion of migrants.
