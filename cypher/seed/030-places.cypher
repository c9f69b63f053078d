// Places (`:Entity:Place:<Kind>`) and how they sit in one another. Whose territory a place is,
// who claims it and who controls it are separate statements (050).

UNWIND [
  {id: 'nagorno-karabakh', name: 'Nagorno-Karabakh', description: 'Mountainous region in the South Caucasus, internationally recognised as part of Azerbaijan, with an ethnically Armenian population until the exodus of September 2023. The Soviet Nagorno-Karabakh Autonomous Oblast (NKAO) was created on 7 July 1923 inside the Azerbaijan SSR. Largely controlled by the breakaway Republic of Artsakh from 1991 until 20 September 2023.'},
  {id: 'nk-line-of-contact', name: 'Line of contact in Nagorno-Karabakh', description: 'The line between the Azerbaijani and Armenian (Artsakh) positions fixed by point 1 of the 2020 statement; the Russian peacekeepers deployed along it (point 3).'},
  {id: 'azerbaijan-ssr', name: 'Azerbaijan SSR', description: 'Union republic of the Soviet Union that contained the NKAO from 1923 to 1991; predecessor of the Republic of Azerbaijan.'},
  {id: 'nakhchivan', name: 'Nakhchivan', description: 'Azerbaijani exclave bordering Armenia, Iran and Türkiye. Point 9 of the 2020 statement concerns transport links to it; TRIPP (2025) is a route to it through Armenia.'},
  {id: 'armenia-azerbaijan-border', name: 'Armenia-Azerbaijan border', description: 'The interstate border; EUMA monitors its Armenian side.'}
] AS e
MERGE (n:Entity {id: e.id})
SET n:Place:Region, n = e {.*, kind: 'REGION'};

UNWIND [
  {id: 'aghdam-district', name: 'Aghdam district', description: 'One of the seven districts around Nagorno-Karabakh; held by Armenian forces from July 1993; returned to Azerbaijan on 20 November 2020 (point 2); site of the Russian-Turkish monitoring centre.'},
  {id: 'kalbajar-district', name: 'Kalbajar district', description: 'One of the seven districts; held by Armenian forces from April 1993; due back by 15 November 2020 (point 6), postponed at Armenia\'s request; the Azerbaijani army entered on 25 November 2020.'},
  {id: 'lachin-district', name: 'Lachin district', description: 'One of the seven districts (Kashatagh region for Artsakh); held from May 1992; returned on 1 December 2020 except the Lachin corridor.'},
  {id: 'fuzuli-district', name: 'Fuzuli district', description: 'One of the seven districts; retaken by Azerbaijan in the 2020 war.'},
  {id: 'jabrayil-district', name: 'Jabrayil district', description: 'One of the seven districts; retaken by Azerbaijan in the 2020 war.'},
  {id: 'gubadli-district', name: 'Gubadli district', description: 'One of the seven districts; retaken by Azerbaijan in the 2020 war.'},
  {id: 'zangilan-district', name: 'Zangilan district', description: 'One of the seven districts; occupied in October-November 1993 (UNSC 884 condemned the occupation of Zangelan); retaken by Azerbaijan in the 2020 war.'},
  {id: 'aghdara-district', name: 'Aghdara (Martakert) district', description: 'Azerbaijani Aghdara district / Artsakh Martakert region; contains Yukhary Oratagh. Its eastern part stayed under Azerbaijani control after 1994.'},
  {id: 'shahumyan-district', name: 'Shahumyan district', description: 'Former district north of the NKAO; part of the NKR proclamation of 1991; under Azerbaijani control from 1994.'},
  {id: 'martuni-district', name: 'Martuni (Khojavend) district', description: 'Artsakh Martuni region / Azerbaijani Khojavend district; its eastern part stayed under Azerbaijani control after 1994.'},
  {id: 'shusha-district', name: 'Shusha district', description: 'District around Shusha; Caucasian Knot places the Saribaba height in it.'},
  {id: 'khojaly-district', name: 'Khojaly (Askeran) district', description: 'District of Nagorno-Karabakh; Caucasian Knot places the Girkhgiz height in it.'}
] AS e
MERGE (n:Entity {id: e.id})
SET n:Place:District, n = e {.*, kind: 'DISTRICT'};

UNWIND [
  {id: 'stepanakert', name: 'Stepanakert', wikidataId: 'Q129352', description: 'Capital of the NKAO and of the NKR / Artsakh (Azerbaijani: Khankendi); HQ of the Russian peacekeepers.'},
  {id: 'shusha', name: 'Shusha', description: 'Town above Stepanakert (Armenian: Shushi). Aliyev announced its capture on 8 November 2020; the Lachin corridor "will not affect" it (point 6); the blockade began near it on 12 December 2022.'},
  {id: 'lachin-town', name: 'Lachin', description: 'Town in the Lachin district (Armenian: Berdzor). Captured by Armenian forces on 18 May 1992; inside the corridor under Russian peacekeeper control from 1 December 2020; the Azerbaijani army entered on 26 August 2022.'},
  {id: 'zabukh', name: 'Zabukh', description: 'Village on the old Lachin corridor road (Armenian: Aghavno); handed over to Azerbaijan on 25/26 August 2022.'},
  {id: 'sus', name: 'Sus', description: 'Village on the old Lachin corridor road (Armenian: Nerkin Sus); handed over to Azerbaijan on 25/26 August 2022.'},
  {id: 'yukhary-oratagh', name: 'Yukhary Oratagh', description: 'Village in the Aghdara (Martakert) district (Armenian: Verin Horatagh, "upper Horatagh"; 622 residents about 2021). The Azerbaijani MoD said it struck a military unit there on 3 August 2022. Distinct from Nerkin Horatagh, 4 km north of Martakert town. Coordinates about 40.132 N, 46.534 E (Wikipedia mirror only).'},
  {id: 'hadrut', name: 'Hadrut', description: 'Town in southern Nagorno-Karabakh taken by Azerbaijan in the 2020 war.'},
  {id: 'vank', name: 'Vank', description: 'Village near the Buzdukh height, Kalbajar/Martakert border.'},
  {id: 'marzili', name: 'Marzili', description: 'Village in the Aghdam district; site of the Russian-Turkish Joint Monitoring Centre.'},
  {id: 'yeghegnadzor', name: 'Yeghegnadzor', description: 'Town in Vayots Dzor, Armenia; operational HQ of EUMA.'},
  {id: 'yevlakh', name: 'Yevlakh', description: 'Azerbaijani town; Baku - Karabakh Armenian talks on 21 September 2023.'},
  {id: 'goris', name: 'Goris', description: 'Town in southern Armenia at the Armenian end of the original Lachin corridor road; the Russian contingent deployed through it.'},
  {id: 'janyatag', name: 'Janyatag', description: 'Village where a Russian peacekeeper vehicle was fired on and all aboard killed, 20 September 2023.'},
  {id: 'parukh', name: 'Parukh', description: 'Village (Azerbaijani: Farukh) in the peacekeepers\' area of responsibility; Azerbaijani forces entered the area there on 24 March 2022.'},
  {id: 'khtsaberd', name: 'Khtsaberd', description: 'Village in the Hadrut region; cited by Armenia as an incursion of 11 December 2020.'},
  {id: 'hin-tagher', name: 'Hin Tagher', description: 'Village in the Hadrut region; cited by Armenia as an incursion of 11 December 2020.'},
  {id: 'mets-shen', name: 'Mets Shen', description: 'Village on the new route of the Lachin corridor (2022).'},
  {id: 'hin-shen', name: 'Hin Shen', description: 'Village on the new route of the Lachin corridor (2022).'},
  {id: 'tegh', name: 'Tegh', description: 'Village in Armenia at one end of the Tegh-Kornidzor road.'},
  {id: 'kornidzor', name: 'Kornidzor', description: 'Village in Armenia near the Hakari bridge, at one end of the Tegh-Kornidzor road.'}
] AS e
MERGE (n:Entity {id: e.id})
SET n:Place:Settlement, n = e {.*, kind: 'SETTLEMENT'};

UNWIND [
  {id: 'lachin-corridor', name: 'Lachin corridor', description: 'The 5 km wide corridor linking Nagorno-Karabakh and Armenia set by point 6 of the 2020 statement, under the control of the Russian peacekeepers; it does not affect Shusha. The only road between Armenia and Nagorno-Karabakh after Kalbajar was handed over (25 November 2020). Its route moved to a new road on 30 August 2022; blocked from 12 December 2022; Azerbaijani checkpoint at the Hakari bridge from 23 April 2023.'},
  {id: 'tripp-route', name: 'Trump Route for International Peace and Prosperity (TRIPP)', description: 'Route through Armenia between mainland Azerbaijan and Nakhchivan agreed in 2025 under a US development partnership ("up to 99 years" per a single source).'}
] AS e
MERGE (n:Entity {id: e.id})
SET n:Place:Corridor, n = e {.*, kind: 'CORRIDOR'};

UNWIND [
  {id: 'lachin-corridor-original-road', name: 'Original Lachin corridor road (Goris - Berdzor - Shushi - Stepanakert)', description: 'The road of the Lachin corridor until 20:00 on 30 August 2022, through Lachin (Berdzor), Zabukh (Aghavno) and Sus.'},
  {id: 'lachin-corridor-new-route', name: 'New route of the Lachin corridor', description: 'About 32 km of new road via Mets Shen and Hin Shen bypassing Berdzor, Aghavno and Sus; Azerbaijan announced it complete on 11 August 2022; traffic from 20:00 on 30 August 2022 (with a 4.7 km temporary link on the Armenian side until the Tegh-Kornidzor road opened).'},
  {id: 'tegh-kornidzor-road', name: 'Tegh-Kornidzor road', description: 'Armenian-side section of the new Lachin corridor route; reconstruction from August 2022, traffic from 1 April 2023.'},
  {id: 'azerbaijan-nakhchivan-transport-links', name: 'Transport links between western Azerbaijan and Nakhchivan', description: 'The links of point 9 of the 2020 statement, through Armenia, under the control of the Russian FSB Border Guard Service. Azerbaijan reads a "corridor" into point 9; Armenia says it has no provision for a corridor and that any route stays under Armenian sovereignty.'}
] AS e
MERGE (n:Entity {id: e.id})
SET n:Place:Road, n = e {.*, kind: 'ROAD'};

UNWIND [
  {id: 'girkhgiz-height', name: 'Girkhgiz height', description: 'The hill the Azerbaijani MoD said Armenian detachments tried to seize on 3 August 2022, and which Azerbaijan said it took that day. Az MoD: in the range covering the Kalbajar and Lachin districts; Caucasian Knot: Khojaly district (the sources conflict). Its Armenian name is not known.'},
  {id: 'saribaba-height', name: 'Saribaba height', description: 'Height of the Karabakh ridge taken by Azerbaijan on 3 August 2022; the Russian MoD said the ceasefire was violated by Azerbaijani forces near it.'},
  {id: 'buzdukh-height', name: 'Buzdukh height', description: 'Mountain of 2,374 m near Vank at the junction of the Kalbajar and former Aghdara (Martakert) districts; the Azerbaijani MoD announced control on 6 August 2022.'}
] AS e
MERGE (n:Entity {id: e.id})
SET n:Place:Height, n = e {.*, kind: 'HEIGHT'};

UNWIND [
  {id: 'hakari-bridge', name: 'Hakari bridge', description: 'Bridge over the Hakari river at the Armenian border, the entrance of the Lachin corridor; Russian observation post No. 1 nearby.'},
  {id: 'hakari-checkpoint', name: 'Hakari checkpoint', description: 'Azerbaijani State Border Service checkpoint at the Hakari bridge from 23 April 2023; used during the exodus and for detentions in September-October 2023.'},
  {id: 'dadivank', name: 'Dadivank monastery', description: 'Monastery in the Kalbajar district (Azerbaijani: Khudavang); a Russian peacekeeper post, handed to Azerbaijani police about 10-17 April 2024.'}
] AS e
MERGE (n:Entity {id: e.id})
SET n:Place:Facility, n = e {.*, kind: 'FACILITY'};

// Containment and routes.
UNWIND [
  {type: 'PART_OF', id: 'nagorno-karabakh-part-of-azerbaijan-ssr', subject: 'nagorno-karabakh', object: 'azerbaijan-ssr', validFrom: '1923-07-07', validTo: '1991', sources: ['theinfolist-nkao'], note: 'As the Nagorno-Karabakh Autonomous Oblast (R1).'},
  {type: 'PART_OF', id: 'nk-line-of-contact-part-of-nagorno-karabakh', subject: 'nk-line-of-contact', object: 'nagorno-karabakh', validFrom: '2020-11-10', sources: ['trilateral-statement-2020-text-am'], note: 'Line of contact fixed by point 1; it also runs outside the former NKAO.'},
  {type: 'LOCATED_IN', id: 'aghdara-district-located-in-nagorno-karabakh', subject: 'aghdara-district', object: 'nagorno-karabakh', sources: ['seed-article', 'babel-ua-2022-08-03'], extent: 'PART', note: 'Artsakh Martakert region; the district reaches beyond the former NKAO.'},
  {type: 'LOCATED_IN', id: 'martuni-district-located-in-nagorno-karabakh', subject: 'martuni-district', object: 'nagorno-karabakh', sources: ['wikipedia-bishkek-protocol']},
  {type: 'LOCATED_IN', id: 'shusha-district-located-in-nagorno-karabakh', subject: 'shusha-district', object: 'nagorno-karabakh', sources: ['kavkaz-uzel-2022-08']},
  {type: 'LOCATED_IN', id: 'khojaly-district-located-in-nagorno-karabakh', subject: 'khojaly-district', object: 'nagorno-karabakh', sources: ['kavkaz-uzel-2022-08']},
  {type: 'LOCATED_IN', id: 'stepanakert-located-in-nagorno-karabakh', subject: 'stepanakert', object: 'nagorno-karabakh', sources: ['seed-article', 'uawire-2020-11']},
  {type: 'LOCATED_IN', id: 'shusha-located-in-shusha-district', subject: 'shusha', object: 'shusha-district', sources: ['alarabiya-2020-11-08']},
  {type: 'LOCATED_IN', id: 'hadrut-located-in-nagorno-karabakh', subject: 'hadrut', object: 'nagorno-karabakh', sources: ['theinfolist-nkao']},
  {type: 'LOCATED_IN', id: 'khtsaberd-located-in-nagorno-karabakh', subject: 'khtsaberd', object: 'nagorno-karabakh', sources: ['armradio-2022-08-03']},
  {type: 'LOCATED_IN', id: 'hin-tagher-located-in-nagorno-karabakh', subject: 'hin-tagher', object: 'nagorno-karabakh', sources: ['armradio-2022-08-03']},
  {type: 'LOCATED_IN', id: 'parukh-located-in-nagorno-karabakh', subject: 'parukh', object: 'nagorno-karabakh', sources: ['mfa-am-2022-03-26', 'tass-2022-04-03']},
  {type: 'LOCATED_IN', id: 'janyatag-located-in-nagorno-karabakh', subject: 'janyatag', object: 'nagorno-karabakh', sources: ['janyatag-2023-09-20-reports']},
  {type: 'LOCATED_IN', id: 'yukhary-oratagh-located-in-aghdara-district', subject: 'yukhary-oratagh', object: 'aghdara-district', sources: ['seed-article', 'babel-ua-2022-08-03'], note: 'Azerbaijani Aghdara district (Qizilqaya rural okrug); Artsakh Martakert region.'},
  {type: 'LOCATED_IN', id: 'lachin-town-located-in-lachin-district', subject: 'lachin-town', object: 'lachin-district', sources: ['dogruhaber-2022-08']},
  {type: 'LOCATED_IN', id: 'zabukh-located-in-lachin-district', subject: 'zabukh', object: 'lachin-district', sources: ['civilnet-2022-08']},
  {type: 'LOCATED_IN', id: 'sus-located-in-lachin-district', subject: 'sus', object: 'lachin-district', sources: ['civilnet-2022-08']},
  {type: 'LOCATED_IN', id: 'lachin-town-located-in-lachin-corridor', subject: 'lachin-town', object: 'lachin-corridor', validFrom: '2020-12-01', validTo: '2022-08-26', sources: ['azernews-2022-08-26', 'dogruhaber-2022-08'], note: 'Inside the corridor under Russian peacekeeper control until handed over (R33a).'},
  {type: 'LOCATED_IN', id: 'zabukh-located-in-lachin-corridor', subject: 'zabukh', object: 'lachin-corridor', validFrom: '2020-12-01', validTo: '2022-08-26', sources: ['azernews-2022-08-26', 'civilnet-2022-08'], note: 'Handed over on 25/26 August 2022.'},
  {type: 'LOCATED_IN', id: 'sus-located-in-lachin-corridor', subject: 'sus', object: 'lachin-corridor', validFrom: '2020-12-01', validTo: '2022-08-26', sources: ['azernews-2022-08-26', 'civilnet-2022-08'], note: 'Handed over on 25/26 August 2022.'},
  {type: 'LOCATED_IN', id: 'lachin-corridor-located-in-lachin-district', subject: 'lachin-corridor', object: 'lachin-district', validFrom: '2020-11-10', sources: ['trilateral-statement-2020-text-am', 'yjc-tass-2020-12-01']},
  {type: 'LOCATED_IN', id: 'marzili-located-in-aghdam-district', subject: 'marzili', object: 'aghdam-district', sources: ['rtjmc-reports']},
  {type: 'LOCATED_IN', id: 'dadivank-located-in-kalbajar-district', subject: 'dadivank', object: 'kalbajar-district', sources: ['peacekeeping-wikipedia-mirror', 'withdrawal-reports-2024-04']},
  {type: 'LOCATED_IN', id: 'hakari-bridge-located-in-lachin-corridor', subject: 'hakari-bridge', object: 'lachin-corridor', validFrom: '2020-11-10', sources: ['hakari-checkpoint-reports-2023-04'], note: 'The entrance of the corridor at the Armenian border.'},
  {type: 'LOCATED_IN', id: 'hakari-checkpoint-located-in-hakari-bridge', subject: 'hakari-checkpoint', object: 'hakari-bridge', validFrom: '2023-04-23', sources: ['hakari-checkpoint-reports-2023-04']},
  {type: 'LOCATED_IN', id: 'vank-located-in-kalbajar-district', subject: 'vank', object: 'kalbajar-district', sources: ['eurointegration-2022-08-06'], note: 'At the junction of the Kalbajar and former Aghdara districts.'},
  {type: 'LOCATED_IN', id: 'buzdukh-height-located-in-kalbajar-district', subject: 'buzdukh-height', object: 'kalbajar-district', sources: ['eurointegration-2022-08-06', 'caucasuswatch-2022-08'], note: 'At the junction of the Kalbajar and former Aghdara (Martakert) districts, near Vank.'},
  {type: 'LOCATED_IN', id: 'buzdukh-height-located-in-aghdara-district', subject: 'buzdukh-height', object: 'aghdara-district', sources: ['eurointegration-2022-08-06', 'kavkaz-uzel-2022-08'], note: 'At the junction of the Kalbajar and former Aghdara (Martakert) districts.'},
  {type: 'LOCATED_IN', id: 'girkhgiz-height-located-in-kalbajar-district', subject: 'girkhgiz-height', object: 'kalbajar-district', sources: ['babel-ua-2022-08-03'], assertedBy: ['azerbaijan-mod'], disputedBy: ['caucasian-knot'], status: 'DISPUTED', confidence: 'CONFLICTING', note: 'Az MoD: in the range covering the Kalbajar and Lachin districts; Caucasian Knot puts it in the Khojaly district.'},
  {type: 'LOCATED_IN', id: 'girkhgiz-height-located-in-lachin-district', subject: 'girkhgiz-height', object: 'lachin-district', sources: ['babel-ua-2022-08-03'], assertedBy: ['azerbaijan-mod'], disputedBy: ['caucasian-knot'], status: 'DISPUTED', confidence: 'CONFLICTING', note: 'Az MoD: in the range covering the Kalbajar and Lachin districts; Caucasian Knot puts it in the Khojaly district.'},
  {type: 'LOCATED_IN', id: 'girkhgiz-height-located-in-khojaly-district', subject: 'girkhgiz-height', object: 'khojaly-district', sources: ['kavkaz-uzel-2022-08'], assertedBy: ['caucasian-knot'], disputedBy: ['azerbaijan-mod'], status: 'DISPUTED', confidence: 'CONFLICTING', note: 'Caucasian Knot; the Az MoD places it in the Kalbajar/Lachin range.'},
  {type: 'LOCATED_IN', id: 'saribaba-height-located-in-shusha-district', subject: 'saribaba-height', object: 'shusha-district', sources: ['kavkaz-uzel-2022-08'], assertedBy: ['caucasian-knot'], note: 'Karabakh ridge of the Lesser Caucasus.'},
  {type: 'LOCATED_IN', id: 'mets-shen-located-in-nagorno-karabakh', subject: 'mets-shen', object: 'nagorno-karabakh', sources: ['news-am-2022-08-02']},
  {type: 'LOCATED_IN', id: 'hin-shen-located-in-nagorno-karabakh', subject: 'hin-shen', object: 'nagorno-karabakh', sources: ['news-am-2022-08-02']},
  {type: 'PART_OF', id: 'lachin-corridor-original-road-part-of-lachin-corridor', subject: 'lachin-corridor-original-road', object: 'lachin-corridor', validFrom: '2020-11-10', validTo: '2022-08-30', sources: ['massispost-2022-08-29', 'news-am-2022-08-02'], note: 'The corridor\'s road until traffic switched at 20:00 on 30 August 2022 (R33).'},
  {type: 'PART_OF', id: 'lachin-corridor-new-route-part-of-lachin-corridor', subject: 'lachin-corridor-new-route', object: 'lachin-corridor', validFrom: '2022-08-30', sources: ['massispost-2022-08-29', 'kavkaz-uzel-2022-08'], note: 'Traffic from 20:00 on 30 August 2022 (R33); planned under point 6 ("within three years ... a plan for a new route").'},
  {type: 'PART_OF', id: 'tegh-kornidzor-road-part-of-lachin-corridor-new-route', subject: 'tegh-kornidzor-road', object: 'lachin-corridor-new-route', validFrom: '2023-04-01', sources: ['news-am-2023-04-20', 'armenpress-2022-07-29'], note: 'Armenian-side section, in use from 1 April 2023.'},
  {type: 'CONNECTS', id: 'lachin-corridor-connects-armenia', subject: 'lachin-corridor', object: 'armenia', validFrom: '2020-11-10', sources: ['trilateral-statement-2020-text-am', 'seed-article'], note: '"A mountain road that connects Armenia to Nagorno-Karabakh" (seed article); point 6.'},
  {type: 'CONNECTS', id: 'lachin-corridor-connects-nagorno-karabakh', subject: 'lachin-corridor', object: 'nagorno-karabakh', validFrom: '2020-11-10', sources: ['trilateral-statement-2020-text-am', 'seed-article']},
  {type: 'CONNECTS', id: 'lachin-corridor-original-road-connects-goris', subject: 'lachin-corridor-original-road', object: 'goris', sources: ['usc-armenian-2020-11-10', 'massispost-2022-08-29']},
  {type: 'CONNECTS', id: 'lachin-corridor-original-road-connects-lachin-town', subject: 'lachin-corridor-original-road', object: 'lachin-town', sources: ['news-am-2022-08-02']},
  {type: 'CONNECTS', id: 'lachin-corridor-original-road-connects-zabukh', subject: 'lachin-corridor-original-road', object: 'zabukh', sources: ['news-am-2022-08-02']},
  {type: 'CONNECTS', id: 'lachin-corridor-original-road-connects-sus', subject: 'lachin-corridor-original-road', object: 'sus', sources: ['news-am-2022-08-02']},
  {type: 'CONNECTS', id: 'lachin-corridor-original-road-connects-stepanakert', subject: 'lachin-corridor-original-road', object: 'stepanakert', sources: ['massispost-2022-08-29']},
  {type: 'CONNECTS', id: 'lachin-corridor-new-route-connects-mets-shen', subject: 'lachin-corridor-new-route', object: 'mets-shen', sources: ['news-am-2022-08-02']},
  {type: 'CONNECTS', id: 'lachin-corridor-new-route-connects-hin-shen', subject: 'lachin-corridor-new-route', object: 'hin-shen', sources: ['news-am-2022-08-02']},
  {type: 'CONNECTS', id: 'lachin-corridor-new-route-connects-stepanakert', subject: 'lachin-corridor-new-route', object: 'stepanakert', sources: ['massispost-2022-08-29']},
  {type: 'CONNECTS', id: 'tegh-kornidzor-road-connects-tegh', subject: 'tegh-kornidzor-road', object: 'tegh', sources: ['armenpress-2022-07-29']},
  {type: 'CONNECTS', id: 'tegh-kornidzor-road-connects-kornidzor', subject: 'tegh-kornidzor-road', object: 'kornidzor', sources: ['armenpress-2022-07-29']},
  {type: 'CONNECTS', id: 'azerbaijan-nakhchivan-transport-links-connect-azerbaijan', subject: 'azerbaijan-nakhchivan-transport-links', object: 'azerbaijan', validFrom: '2020-11-10', sources: ['news-am-2021-lavrov-pt9'], note: 'Western regions of Azerbaijan, through Armenia (point 9).'},
  {type: 'CONNECTS', id: 'azerbaijan-nakhchivan-transport-links-connect-nakhchivan', subject: 'azerbaijan-nakhchivan-transport-links', object: 'nakhchivan', validFrom: '2020-11-10', sources: ['news-am-2021-lavrov-pt9']},
  {type: 'CONNECTS', id: 'tripp-route-connects-azerbaijan', subject: 'tripp-route', object: 'azerbaijan', validFrom: '2025-08-08', sources: ['washington-declaration-reports-2025-08', 'sfg-media-2025-08'], note: 'Agreed, not built: mainland Azerbaijan to Nakhchivan through Armenia.'},
  {type: 'CONNECTS', id: 'tripp-route-connects-nakhchivan', subject: 'tripp-route', object: 'nakhchivan', validFrom: '2025-08-08', sources: ['washington-declaration-reports-2025-08', 'sfg-media-2025-08']},
  {type: 'CAPITAL_OF', id: 'stepanakert-capital-of-artsakh', subject: 'stepanakert', object: 'artsakh', validFrom: '1991-09-02', validTo: '2024-01-01', status: 'DISPUTED', disputedBy: ['vladimir-grigoryan'], sources: ['seed-article', 'dissolution-decree-reports-2023-09-28', 'dissolution-disputed-2023-12'], note: 'Ends with the Republic, on 1 January 2024 by the dissolution decree; that end date is disputed (Grigoryan, 22 December 2023).'}
] AS s
CREATE (row:StatementRow)
SET row = s;

// The rows staged above become statements: the seed's one statement-writing block.
:source shared/write-statements.cypher
