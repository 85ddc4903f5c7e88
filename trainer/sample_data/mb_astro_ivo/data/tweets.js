window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1739817466852821133"
          ],
          "editableUntil" : "2023-12-27T02:16:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "4",
      "id_str" : "1739817466852821133",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1739817466852821133",
      "created_at" : "Wed Dec 27 01:16:23 +0000 2023",
      "favorited" : false,
      "full_text" : "Waning gibbous rising late tonight, so the early evening is dark! Galaxy hunting before moonrise!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1739812236557477806"
          ],
          "editableUntil" : "2023-12-27T01:55:36.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "10",
      "id_str" : "1739812236557477806",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1739812236557477806",
      "created_at" : "Wed Dec 27 00:55:36 +0000 2023",
      "favorited" : false,
      "full_text" : "Thinking of naming my new little refractor Galileo. Or Little Bertha. Suggestions welcome!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1738335975765770468"
          ],
          "editableUntil" : "2023-12-23T00:09:28.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "127"
      ],
      "favorite_count" : "2",
      "id_str" : "1738335975765770468",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1738335975765770468",
      "created_at" : "Fri Dec 22 23:09:28 +0000 2023",
      "favorited" : false,
      "full_text" : "Mars is noticeably red tonight even to the naked eye. Pointed it out to my neighbour. He said \"oh, I thought that was a plane\".",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1737230617280083786"
          ],
          "editableUntil" : "2023-12-19T22:57:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "4"
      ],
      "favorite_count" : "1",
      "id_str" : "1737230617280083786",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1737230617280083786",
      "created_at" : "Tue Dec 19 21:57:10 +0000 2023",
      "favorited" : false,
      "full_text" : "nope",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1737210878886146521"
          ],
          "editableUntil" : "2023-12-19T21:38:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "72"
      ],
      "favorite_count" : "3",
      "id_str" : "1737210878886146521",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1737210878886146521",
      "created_at" : "Tue Dec 19 20:38:44 +0000 2023",
      "favorited" : false,
      "full_text" : "Astronomy is the only hobby where the scenery is 13.8 billion years old.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1735630972647410618"
          ],
          "editableUntil" : "2023-12-15T13:00:45.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "0",
      "id_str" : "1735630972647410618",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1735630972647410618",
      "created_at" : "Fri Dec 15 12:00:45 +0000 2023",
      "favorited" : false,
      "full_text" : "They're not really touching of course, they're hundreds of millions of km apart. But from here? Gorgeous!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1733904840392019764"
          ],
          "editableUntil" : "2023-12-10T18:41:43.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "5",
      "id_str" : "1733904840392019764",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1733904840392019764",
      "created_at" : "Sun Dec 10 17:41:43 +0000 2023",
      "favorited" : false,
      "full_text" : "67 meteors counted! One fireball lit up the whole garden green! The kids screamed! I screamed! The dog barked!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1733365817801982680"
          ],
          "editableUntil" : "2023-12-09T06:59:50.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "darksky",
            "indices" : [
              "77",
              "85"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/Gu2tMychhc",
            "expanded_url" : "https://ivostarfield.example.net/log/light-pollution-map-of-my-area",
            "display_url" : "ivostarfield.example.ne…",
            "indices" : [
              "53",
              "76"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "85"
      ],
      "favorite_count" : "2",
      "id_str" : "1733365817801982680",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1733365817801982680",
      "possibly_sensitive" : false,
      "created_at" : "Sat Dec 09 05:59:50 +0000 2023",
      "favorited" : false,
      "full_text" : "Light pollution map of my area. Spoiler: it's orange https://t.co/Gu2tMychhc #darksky",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1732528961877890249"
          ],
          "editableUntil" : "2023-12-06T23:34:28.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "11",
      "id_str" : "1732528961877890249",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1732528961877890249",
      "created_at" : "Wed Dec 06 22:34:28 +0000 2023",
      "favorited" : false,
      "full_text" : "The Moon was at perigee tonight, around 357,000 km away. About as close as it ever gets!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1732021790835104452"
          ],
          "editableUntil" : "2023-12-05T13:59:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "129"
      ],
      "favorite_count" : "8",
      "id_str" : "1732021790835104452",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1732021790835104452",
      "created_at" : "Tue Dec 05 12:59:09 +0000 2023",
      "favorited" : false,
      "full_text" : "The ISS orbits Earth about every 90 minutes, moving at roughly 28,000 km/h. That's across the whole country in about two minutes!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1729345803908184605"
          ],
          "editableUntil" : "2023-11-28T04:45:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "102"
      ],
      "favorite_count" : "2",
      "id_str" : "1729345803908184605",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1729345803908184605",
      "created_at" : "Tue Nov 28 03:45:44 +0000 2023",
      "favorited" : false,
      "full_text" : "Fun fact: the Sun holds about 99.8% of all the mass in our solar system. Jupiter has most of the rest!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1728932149068150259"
          ],
          "editableUntil" : "2023-11-27T01:22:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "1",
      "id_str" : "1728932149068150259",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1728932149068150259",
      "created_at" : "Mon Nov 27 00:22:01 +0000 2023",
      "favorited" : false,
      "full_text" : "Fact: if you drove a car to the Moon at 100 km/h it would take about 160 days. Bring snacks.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1728890361214832084"
          ],
          "editableUntil" : "2023-11-26T22:35:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "112"
      ],
      "favorite_count" : "0",
      "id_str" : "1728890361214832084",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1728890361214832084",
      "created_at" : "Sun Nov 26 21:35:58 +0000 2023",
      "favorited" : false,
      "full_text" : "Geminids peak this week! Up to 120 meteors per hour under dark skies. Under my skies, maybe 30. STILL WORTH IT!!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1728640955316688763"
          ],
          "editableUntil" : "2023-11-26T06:04:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "111"
      ],
      "favorite_count" : "0",
      "id_str" : "1728640955316688763",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1728640955316688763",
      "created_at" : "Sun Nov 26 05:04:55 +0000 2023",
      "favorited" : false,
      "full_text" : "Clear skies tonight but the neighbours are having a bonfire party with fireworks. Smoke and rockets. Wonderful.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1728572290367141201"
          ],
          "editableUntil" : "2023-11-26T01:32:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "7"
      ],
      "favorite_count" : "3",
      "id_str" : "1728572290367141201",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1728572290367141201",
      "created_at" : "Sun Nov 26 00:32:04 +0000 2023",
      "favorited" : false,
      "full_text" : "clouds.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1728188201172012992"
          ],
          "editableUntil" : "2023-11-25T00:05:50.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "118"
      ],
      "favorite_count" : "1",
      "id_str" : "1728188201172012992",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1728188201172012992",
      "created_at" : "Fri Nov 24 23:05:50 +0000 2023",
      "favorited" : false,
      "full_text" : "Fact: there are more stars in the universe than grains of sand on all Earth's beaches. And I still can't find my keys.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1728129371864198379"
          ],
          "editableUntil" : "2023-11-24T20:12:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Spacefacts Daily",
            "screen_name" : "spacefacts_daily",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "836200564398065955",
            "id" : "836200564398065955"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "18",
        "72"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1728068722229524405",
      "id_str" : "1728129371864198379",
      "in_reply_to_user_id" : "836200564398065955",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1728129371864198379",
      "in_reply_to_status_id" : "1728068722229524405",
      "created_at" : "Fri Nov 24 19:12:04 +0000 2023",
      "favorited" : false,
      "full_text" : "@spacefacts_daily a BILLION tonnes?! In a teaspoon?! I need to lie down.",
      "lang" : "en",
      "in_reply_to_screen_name" : "spacefacts_daily",
      "in_reply_to_user_id_str" : "836200564398065955"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1727502260499643459"
          ],
          "editableUntil" : "2023-11-23T02:40:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "72"
      ],
      "favorite_count" : "3",
      "id_str" : "1727502260499643459",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1727502260499643459",
      "created_at" : "Thu Nov 23 01:40:09 +0000 2023",
      "favorited" : false,
      "full_text" : "Every cloudy night is just a promise of a clear one later. Right? RIGHT?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1726727924874881791"
          ],
          "editableUntil" : "2023-11-20T23:23:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "6",
      "id_str" : "1726727924874881791",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1726727924874881791",
      "created_at" : "Mon Nov 20 22:23:13 +0000 2023",
      "favorited" : false,
      "full_text" : "The Moon through a telescope on a crisp night is the best free show on Earth. Or above it, technically!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1726010023607920403"
          ],
          "editableUntil" : "2023-11-18T23:50:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Astro Club North",
            "screen_name" : "astro_club_north",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "423620345999708327",
            "id" : "423620345999708327"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "18",
        "93"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1725983347832661755",
      "id_str" : "1726010023607920403",
      "in_reply_to_user_id" : "423620345999708327",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1726010023607920403",
      "in_reply_to_status_id" : "1725983347832661755",
      "created_at" : "Sat Nov 18 22:50:32 +0000 2023",
      "favorited" : false,
      "full_text" : "@astro_club_north does the telescope clinic help with star trackers too? Mine keeps drifting!",
      "lang" : "en",
      "in_reply_to_screen_name" : "astro_club_north",
      "in_reply_to_user_id_str" : "423620345999708327"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1725277777822189078"
          ],
          "editableUntil" : "2023-11-16T23:20:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "79"
      ],
      "favorite_count" : "1",
      "id_str" : "1725277777822189078",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1725277777822189078",
      "created_at" : "Thu Nov 16 22:20:51 +0000 2023",
      "favorited" : false,
      "full_text" : "Counted 43 meteors in an hour last night. My neck hurts and I regret NOTHING!!!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1724962345189810765"
          ],
          "editableUntil" : "2023-11-16T02:27:26.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sarah Next Door 22",
            "screen_name" : "sarah_next_door_22",
            "indices" : [
              "0",
              "19"
            ],
            "id_str" : "1563042728339910601",
            "id" : "1563042728339910601"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "20",
        "90"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1724924596453419432",
      "id_str" : "1724962345189810765",
      "in_reply_to_user_id" : "1563042728339910601",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1724962345189810765",
      "in_reply_to_status_id" : "1724924596453419432",
      "created_at" : "Thu Nov 16 01:27:26 +0000 2023",
      "favorited" : false,
      "full_text" : "@sarah_next_door_22 of course! Come round Friday and I'll show you Saturn. Bring the kids!",
      "lang" : "en",
      "in_reply_to_screen_name" : "sarah_next_door_22",
      "in_reply_to_user_id_str" : "1563042728339910601"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1723676140894694074"
          ],
          "editableUntil" : "2023-11-12T13:16:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "0",
      "id_str" : "1723676140894694074",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1723676140894694074",
      "created_at" : "Sun Nov 12 12:16:31 +0000 2023",
      "favorited" : false,
      "full_text" : "Emailed the council about the new streetlight outside my house. Hoping for a shield. Fingers crossed. And frozen.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1723442673353367097"
          ],
          "editableUntil" : "2023-11-11T21:48:48.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "2",
      "id_str" : "1723442673353367097",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1723442673353367097",
      "created_at" : "Sat Nov 11 20:48:48 +0000 2023",
      "favorited" : false,
      "full_text" : "Fact: Mercury has almost no atmosphere, so it's about 430C during the day and -180C at night. Worse than my garden!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1722055663156505722"
          ],
          "editableUntil" : "2023-11-08T01:57:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "83"
      ],
      "favorite_count" : "19",
      "id_str" : "1722055663156505722",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1722055663156505722",
      "created_at" : "Wed Nov 08 00:57:19 +0000 2023",
      "favorited" : false,
      "full_text" : "Meteor! A big one! Right over the house! Nobody else saw it! I swear it happened!!!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1721436445473704697"
          ],
          "editableUntil" : "2023-11-06T08:56:46.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "8",
      "id_str" : "1721436445473704697",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1721436445473704697",
      "created_at" : "Mon Nov 06 07:56:46 +0000 2023",
      "favorited" : false,
      "full_text" : "Shooting star on my walk home from the shop. Made a wish. It was about clear skies, obviously.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1719150725954568380"
          ],
          "editableUntil" : "2023-10-31T01:34:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "104"
      ],
      "favorite_count" : "2",
      "id_str" : "1719150725954568380",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1719150725954568380",
      "created_at" : "Tue Oct 31 00:34:08 +0000 2023",
      "favorited" : false,
      "full_text" : "Dropped an eyepiece in the grass at midnight. Found it at 12:40 with a red torch and a lot of muttering.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1718600882061762265"
          ],
          "editableUntil" : "2023-10-29T13:09:15.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "2",
      "id_str" : "1718600882061762265",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1718600882061762265",
      "created_at" : "Sun Oct 29 12:09:15 +0000 2023",
      "favorited" : false,
      "full_text" : "Lunar phase update: first quarter tonight. The best time to look at craters along the terminator!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1717803452595616200"
          ],
          "editableUntil" : "2023-10-27T08:20:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Lunar Lucy",
            "screen_name" : "lunar_lucy",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "840398264515302137",
            "id" : "840398264515302137"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "12",
        "67"
      ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "1717721160350131397",
      "id_str" : "1717803452595616200",
      "in_reply_to_user_id" : "840398264515302137",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1717803452595616200",
      "in_reply_to_status_id" : "1717721160350131397",
      "created_at" : "Fri Oct 27 07:20:33 +0000 2023",
      "favorited" : false,
      "full_text" : "@lunar_lucy full Moon walk with the dog tonight, such a bright one!",
      "lang" : "en",
      "in_reply_to_screen_name" : "lunar_lucy",
      "in_reply_to_user_id_str" : "840398264515302137"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1717354464935360934"
          ],
          "editableUntil" : "2023-10-26T02:36:26.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Comet Chaser Jen",
            "screen_name" : "comet_chaser_jen",
            "indices" : [
              "3",
              "20"
            ],
            "id_str" : "1309245213415186834",
            "id" : "1309245213415186834"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "117"
      ],
      "favorite_count" : "0",
      "id_str" : "1717354464935360934",
      "truncated" : false,
      "retweet_count" : "138",
      "id" : "1717354464935360934",
      "created_at" : "Thu Oct 26 01:36:26 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @comet_chaser_jen: Nothing beats the feeling of finding a faint fuzzy by star hopping instead of using a computer!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1717299318224509086"
          ],
          "editableUntil" : "2023-10-25T22:57:18.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Meteor Watch Net",
            "screen_name" : "meteor_watch_net",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "1166361046937954632",
            "id" : "1166361046937954632"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "18",
        "69"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1717279185564797044",
      "id_str" : "1717299318224509086",
      "in_reply_to_user_id" : "1166361046937954632",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1717299318224509086",
      "in_reply_to_status_id" : "1717279185564797044",
      "created_at" : "Wed Oct 25 21:57:18 +0000 2023",
      "favorited" : false,
      "full_text" : "@meteor_watch_net missed it! Clouds here. Hoping someone got a video!",
      "lang" : "en",
      "in_reply_to_screen_name" : "meteor_watch_net",
      "in_reply_to_user_id_str" : "1166361046937954632"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1717084041378776824"
          ],
          "editableUntil" : "2023-10-25T08:41:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "117"
      ],
      "favorite_count" : "13",
      "id_str" : "1717084041378776824",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1717084041378776824",
      "created_at" : "Wed Oct 25 07:41:52 +0000 2023",
      "favorited" : false,
      "full_text" : "Fun fact: sunlight takes about 8 minutes and 20 seconds to reach us. So when you see the Sun, you're seeing the past!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1716926918557444813"
          ],
          "editableUntil" : "2023-10-24T22:17:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "5",
      "id_str" : "1716926918557444813",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1716926918557444813",
      "created_at" : "Tue Oct 24 21:17:31 +0000 2023",
      "favorited" : false,
      "full_text" : "Wedding astronomy was magical. The couple saw Saturn right after their first dance! ROMANCE!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1715573613789760371"
          ],
          "editableUntil" : "2023-10-21T04:39:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "planets",
            "indices" : [
              "70",
              "78"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/QvJKWcwWlC",
            "expanded_url" : "https://ivostarfield.example.net/log/planet-parade-at-dawn-4-planets",
            "display_url" : "ivostarfield.example.ne…",
            "indices" : [
              "46",
              "69"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "78"
      ],
      "favorite_count" : "28",
      "id_str" : "1715573613789760371",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1715573613789760371",
      "possibly_sensitive" : false,
      "created_at" : "Sat Oct 21 03:39:58 +0000 2023",
      "favorited" : false,
      "full_text" : "Planet parade at dawn, 4 planets in one photo https://t.co/QvJKWcwWlC #planets",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1713897611850996858"
          ],
          "editableUntil" : "2023-10-16T13:40:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "118"
      ],
      "favorite_count" : "15",
      "id_str" : "1713897611850996858",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1713897611850996858",
      "created_at" : "Mon Oct 16 12:40:08 +0000 2023",
      "favorited" : false,
      "full_text" : "Saturn's rings are tilting toward edge-on over the next couple of years. They'll nearly disappear! Look while you can!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1713889105802796388"
          ],
          "editableUntil" : "2023-10-16T13:06:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "129"
      ],
      "favorite_count" : "1",
      "id_str" : "1713889105802796388",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1713889105802796388",
      "created_at" : "Mon Oct 16 12:06:20 +0000 2023",
      "favorited" : false,
      "full_text" : "Saw a faint red glow on the northern horizon!!! AURORA FROM MY GARDEN!!! The camera shows it better than my eyes but IT COUNTS!!!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1712962818933202862"
          ],
          "editableUntil" : "2023-10-13T23:45:36.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "geminids",
            "indices" : [
              "103",
              "112"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/kOfGeSzTly",
            "expanded_url" : "https://ivostarfield.example.net/log/geminids-tonight-peak-rate-up-to",
            "display_url" : "ivostarfield.example.ne…",
            "indices" : [
              "79",
              "102"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "112"
      ],
      "favorite_count" : "2",
      "id_str" : "1712962818933202862",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1712962818933202862",
      "possibly_sensitive" : false,
      "created_at" : "Fri Oct 13 22:45:36 +0000 2023",
      "favorited" : false,
      "full_text" : "Geminids tonight: peak rate up to 120/hr, my forecast for my garden &lt; 40/hr https://t.co/kOfGeSzTly #geminids",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1712630017686482087"
          ],
          "editableUntil" : "2023-10-13T01:43:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "3",
      "id_str" : "1712630017686482087",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1712630017686482087",
      "created_at" : "Fri Oct 13 00:43:10 +0000 2023",
      "favorited" : false,
      "full_text" : "Tried observing through the bathroom window when it was too cold outside. Not recommended. Steamy lens.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1712313905577197929"
          ],
          "editableUntil" : "2023-10-12T04:47:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "mars",
            "indices" : [
              "71",
              "76"
            ]
          },
          {
            "text" : "astronomy",
            "indices" : [
              "77",
              "87"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/GOM8REa8DQ",
            "expanded_url" : "https://ivostarfield.example.net/log/mars-at-opposition-polar-cap-clearly",
            "display_url" : "ivostarfield.example.ne…",
            "indices" : [
              "47",
              "70"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "26",
      "id_str" : "1712313905577197929",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1712313905577197929",
      "possibly_sensitive" : false,
      "created_at" : "Thu Oct 12 03:47:03 +0000 2023",
      "favorited" : false,
      "full_text" : "Mars at opposition: polar cap clearly visible! https://t.co/GOM8REa8DQ #mars #astronomy",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1710376330068336181"
          ],
          "editableUntil" : "2023-10-06T20:27:49.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Lunar Lucy",
            "screen_name" : "lunar_lucy",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "840398264515302137",
            "id" : "840398264515302137"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "122"
      ],
      "favorite_count" : "0",
      "id_str" : "1710376330068336181",
      "truncated" : false,
      "retweet_count" : "159",
      "id" : "1710376330068336181",
      "created_at" : "Fri Oct 06 19:27:49 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @lunar_lucy: Earthshine tonight on the crescent Moon! That faint glow on the dark side is sunlight reflected off Earth!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1710119022098612913"
          ],
          "editableUntil" : "2023-10-06T03:25:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "2",
      "id_str" : "1710119022098612913",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1710119022098612913",
      "created_at" : "Fri Oct 06 02:25:22 +0000 2023",
      "favorited" : false,
      "full_text" : "The Beehive Cluster in Cancer! Looks like a swarm of tiny bees through binoculars. Named perfectly.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1709909306899986338"
          ],
          "editableUntil" : "2023-10-05T13:32:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "134"
      ],
      "favorite_count" : "16",
      "id_str" : "1709909306899986338",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1709909306899986338",
      "created_at" : "Thu Oct 05 12:32:02 +0000 2023",
      "favorited" : false,
      "full_text" : "Jupiter's Great Red Spot is a storm bigger than Earth that's been raging for at least 190 years. Our weather seems fine by comparison.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1709325845659184983"
          ],
          "editableUntil" : "2023-10-03T22:53:34.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "107"
      ],
      "favorite_count" : "0",
      "id_str" : "1709325845659184983",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1709325845659184983",
      "created_at" : "Tue Oct 03 21:53:34 +0000 2023",
      "favorited" : false,
      "full_text" : "The Crab Nebula is what's left of a supernova recorded by astronomers in 1054! And tonight I saw its ghost!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1708818729138495192"
          ],
          "editableUntil" : "2023-10-02T13:18:28.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "11"
      ],
      "favorite_count" : "1",
      "id_str" : "1708818729138495192",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1708818729138495192",
      "created_at" : "Mon Oct 02 12:18:28 +0000 2023",
      "favorited" : false,
      "full_text" : "perfect sky",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1706440562965615921"
          ],
          "editableUntil" : "2023-09-25T23:48:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "5",
      "id_str" : "1706440562965615921",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1706440562965615921",
      "created_at" : "Mon Sep 25 22:48:29 +0000 2023",
      "favorited" : false,
      "full_text" : "Mars has two little moons, Phobos and Deimos. Named after Fear and Dread. Lovely!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1705701581125796983"
          ],
          "editableUntil" : "2023-09-23T22:52:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "saturn",
            "indices" : [
              "93",
              "100"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/mL007OSf5K",
            "expanded_url" : "https://ivostarfield.example.net/log/saturn-through-my-new-6mm-eyepiece",
            "display_url" : "ivostarfield.example.ne…",
            "indices" : [
              "69",
              "92"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "100"
      ],
      "favorite_count" : "24",
      "id_str" : "1705701581125796983",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1705701581125796983",
      "possibly_sensitive" : false,
      "created_at" : "Sat Sep 23 21:52:02 +0000 2023",
      "favorited" : false,
      "full_text" : "Saturn through my new 6mm eyepiece. The Cassini Division is visible! https://t.co/mL007OSf5K #saturn",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1703212081348368167"
          ],
          "editableUntil" : "2023-09-17T01:59:39.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "1",
      "id_str" : "1703212081348368167",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1703212081348368167",
      "created_at" : "Sun Sep 17 00:59:39 +0000 2023",
      "favorited" : false,
      "full_text" : "Found the Owl Nebula tonight! Two dark \"eyes\" visible with averted vision! Spooky and beautiful!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1702462148180561569"
          ],
          "editableUntil" : "2023-09-15T00:19:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Lunar Lucy",
            "screen_name" : "lunar_lucy",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "840398264515302137",
            "id" : "840398264515302137"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "0",
      "id_str" : "1702462148180561569",
      "truncated" : false,
      "retweet_count" : "89",
      "id" : "1702462148180561569",
      "created_at" : "Thu Sep 14 23:19:41 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @lunar_lucy: Full Moon tonight. Not great for deep sky, but perfect for a moonlit walk!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1701475601743482375"
          ],
          "editableUntil" : "2023-09-12T06:59:30.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "5",
      "id_str" : "1701475601743482375",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1701475601743482375",
      "created_at" : "Tue Sep 12 05:59:30 +0000 2023",
      "favorited" : false,
      "full_text" : "Frost on the telescope tube, frost on my eyebrows, but THE ORION NEBULA LOOKS INCREDIBLE TONIGHT.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1699567461859789378"
          ],
          "editableUntil" : "2023-09-07T00:37:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "2",
      "id_str" : "1699567461859789378",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1699567461859789378",
      "created_at" : "Wed Sep 06 23:37:14 +0000 2023",
      "favorited" : false,
      "full_text" : "Sky quality test: counted only 38 stars inside the Square of Pegasus. Pretty bad. Working on it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1698833244747387107"
          ],
          "editableUntil" : "2023-09-04T23:59:43.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "132"
      ],
      "favorite_count" : "13",
      "id_str" : "1698833244747387107",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1698833244747387107",
      "created_at" : "Mon Sep 04 22:59:43 +0000 2023",
      "favorited" : false,
      "full_text" : "The nearest star to the Sun, Proxima Centauri, is 4.24 light years away. Can't see it from up here though. Southern hemisphere envy!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1698508265879831225"
          ],
          "editableUntil" : "2023-09-04T02:28:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Backyard Cosmos",
            "screen_name" : "backyard_cosmos",
            "indices" : [
              "3",
              "19"
            ],
            "id_str" : "771948332159865953",
            "id" : "771948332159865953"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "132"
      ],
      "favorite_count" : "0",
      "id_str" : "1698508265879831225",
      "truncated" : false,
      "retweet_count" : "46",
      "id" : "1698508265879831225",
      "created_at" : "Mon Sep 04 01:28:22 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @backyard_cosmos: Beginner tip: learn the constellations with your eyes before you buy any telescope. It makes everything easier!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1698081382201541302"
          ],
          "editableUntil" : "2023-09-02T22:12:05.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "104"
      ],
      "favorite_count" : "1",
      "id_str" : "1698081382201541302",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1698081382201541302",
      "created_at" : "Sat Sep 02 21:12:05 +0000 2023",
      "favorited" : false,
      "full_text" : "Dark sky site report: SKY WAS INCREDIBLE. Milky Way, zodiacal light, 30+ galaxies. My soul is recharged!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1697729706589763742"
          ],
          "editableUntil" : "2023-09-01T22:54:39.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Astro Club North",
            "screen_name" : "astro_club_north",
            "indices" : [
              "3",
              "20"
            ],
            "id_str" : "423620345999708327",
            "id" : "423620345999708327"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "108"
      ],
      "favorite_count" : "0",
      "id_str" : "1697729706589763742",
      "truncated" : false,
      "retweet_count" : "64",
      "id" : "1697729706589763742",
      "created_at" : "Fri Sep 01 21:54:39 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @astro_club_north: Huge thanks to everyone who came to the school star night. Over 200 people saw Saturn!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1695944212348210296"
          ],
          "editableUntil" : "2023-08-28T00:39:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "5",
      "id_str" : "1695944212348210296",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1695944212348210296",
      "created_at" : "Sun Aug 27 23:39:44 +0000 2023",
      "favorited" : false,
      "full_text" : "Observing session ended because my phone froze. Literally. Battery died in the cold.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1695192140088164645"
          ],
          "editableUntil" : "2023-08-25T22:51:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "111"
      ],
      "favorite_count" : "9",
      "id_str" : "1695192140088164645",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1695192140088164645",
      "created_at" : "Fri Aug 25 21:51:16 +0000 2023",
      "favorited" : false,
      "full_text" : "Tonight's goal: all 5 naked-eye planets. Mercury, Venus, Mars, Jupiter, Saturn! Only got 4. Mercury hid. AGAIN.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1694849041826826560"
          ],
          "editableUntil" : "2023-08-25T00:07:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "12"
      ],
      "favorite_count" : "1",
      "id_str" : "1694849041826826560",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1694849041826826560",
      "created_at" : "Thu Aug 24 23:07:55 +0000 2023",
      "favorited" : false,
      "full_text" : "still cloudy",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1694758243529969562"
          ],
          "editableUntil" : "2023-08-24T18:07:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "4",
      "id_str" : "1694758243529969562",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1694758243529969562",
      "created_at" : "Thu Aug 24 17:07:07 +0000 2023",
      "favorited" : false,
      "full_text" : "First clear night in 3 weeks and I have a cold. Went out anyway. Sneezed on Jupiter.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1694520673958944665"
          ],
          "editableUntil" : "2023-08-24T02:23:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Comet Chaser Jen",
            "screen_name" : "comet_chaser_jen",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "1309245213415186834",
            "id" : "1309245213415186834"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "18",
        "96"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1694401136293181137",
      "id_str" : "1694520673958944665",
      "in_reply_to_user_id" : "1309245213415186834",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1694520673958944665",
      "in_reply_to_status_id" : "1694401136293181137",
      "created_at" : "Thu Aug 24 01:23:06 +0000 2023",
      "favorited" : false,
      "full_text" : "@comet_chaser_jen star hopping is SO satisfying. I got lost three times but found it in the end!",
      "lang" : "en",
      "in_reply_to_screen_name" : "comet_chaser_jen",
      "in_reply_to_user_id_str" : "1309245213415186834"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1694325693347727484"
          ],
          "editableUntil" : "2023-08-23T13:28:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "109"
      ],
      "favorite_count" : "0",
      "id_str" : "1694325693347727484",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1694325693347727484",
      "created_at" : "Wed Aug 23 12:28:19 +0000 2023",
      "favorited" : false,
      "full_text" : "Star party this weekend at the club field! 20 telescopes, hot food, barely any light pollution. Can't WAIT!!!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1692988847027418517"
          ],
          "editableUntil" : "2023-08-19T20:56:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Backyard Cosmos",
            "screen_name" : "backyard_cosmos",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "771948332159865953",
            "id" : "771948332159865953"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "17",
        "84"
      ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "1692947575078822428",
      "id_str" : "1692988847027418517",
      "in_reply_to_user_id" : "771948332159865953",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1692988847027418517",
      "in_reply_to_status_id" : "1692947575078822428",
      "created_at" : "Sat Aug 19 19:56:10 +0000 2023",
      "favorited" : false,
      "full_text" : "@backyard_cosmos found it with averted vision on the third try! Such a faint beauty!",
      "lang" : "en",
      "in_reply_to_screen_name" : "backyard_cosmos",
      "in_reply_to_user_id_str" : "771948332159865953"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1692688153181695423"
          ],
          "editableUntil" : "2023-08-19T01:01:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "jupiter",
            "indices" : [
              "91",
              "99"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/CNskXSZvSb",
            "expanded_url" : "https://ivostarfield.example.net/log/jupiter-and-its-four-moons-tonight",
            "display_url" : "ivostarfield.example.ne…",
            "indices" : [
              "67",
              "90"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "3",
      "id_str" : "1692688153181695423",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1692688153181695423",
      "possibly_sensitive" : false,
      "created_at" : "Sat Aug 19 00:01:19 +0000 2023",
      "favorited" : false,
      "full_text" : "Jupiter &amp; its four moons tonight, through Bertha with my phone https://t.co/CNskXSZvSb #jupiter",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1690559111886189438"
          ],
          "editableUntil" : "2023-08-13T04:01:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/mUGdyEM6kc",
            "expanded_url" : "https://ivostarfield.example.net/log/how-i-polar-align-my-tracker",
            "display_url" : "ivostarfield.example.ne…",
            "indices" : [
              "78",
              "101"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "12",
      "id_str" : "1690559111886189438",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1690559111886189438",
      "possibly_sensitive" : false,
      "created_at" : "Sun Aug 13 03:01:16 +0000 2023",
      "favorited" : false,
      "full_text" : "How I polar align my tracker in under 10 minutes (it took me a year to learn) https://t.co/mUGdyEM6kc",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1690507152848174712"
          ],
          "editableUntil" : "2023-08-13T00:34:48.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "1",
      "id_str" : "1690507152848174712",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1690507152848174712",
      "created_at" : "Sat Aug 12 23:34:48 +0000 2023",
      "favorited" : false,
      "full_text" : "Borrowed a hydrogen alpha solar telescope from the club. The Sun looks like a fiery orange peel! WOW!!!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1690160917247563273"
          ],
          "editableUntil" : "2023-08-12T01:38:59.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Backyard Cosmos",
            "screen_name" : "backyard_cosmos",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "771948332159865953",
            "id" : "771948332159865953"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "17",
        "101"
      ],
      "favorite_count" : "10",
      "in_reply_to_status_id_str" : "1690074346814692909",
      "id_str" : "1690160917247563273",
      "in_reply_to_user_id" : "771948332159865953",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1690160917247563273",
      "in_reply_to_status_id" : "1690074346814692909",
      "created_at" : "Sat Aug 12 00:38:59 +0000 2023",
      "favorited" : false,
      "full_text" : "@backyard_cosmos spent the cloudy night collimating. At least Bertha is ready for the next clear one!",
      "lang" : "en",
      "in_reply_to_screen_name" : "backyard_cosmos",
      "in_reply_to_user_id_str" : "771948332159865953"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1689102212006697639"
          ],
          "editableUntil" : "2023-08-09T03:32:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Astro Club North",
            "screen_name" : "astro_club_north",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "423620345999708327",
            "id" : "423620345999708327"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "18",
        "100"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1689001045390574858",
      "id_str" : "1689102212006697639",
      "in_reply_to_user_id" : "423620345999708327",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1689102212006697639",
      "in_reply_to_status_id" : "1689001045390574858",
      "created_at" : "Wed Aug 09 02:32:04 +0000 2023",
      "favorited" : false,
      "full_text" : "@astro_club_north those kids' faces when they saw Saturn... priceless. Count me in for the next one!",
      "lang" : "en",
      "in_reply_to_screen_name" : "astro_club_north",
      "in_reply_to_user_id_str" : "423620345999708327"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1689084835002435513"
          ],
          "editableUntil" : "2023-08-09T02:23:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Meteor Watch Net",
            "screen_name" : "meteor_watch_net",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "1166361046937954632",
            "id" : "1166361046937954632"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "18",
        "93"
      ],
      "favorite_count" : "9",
      "in_reply_to_status_id_str" : "1688940634832876468",
      "id_str" : "1689084835002435513",
      "in_reply_to_user_id" : "1166361046937954632",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1689084835002435513",
      "in_reply_to_status_id" : "1688940634832876468",
      "created_at" : "Wed Aug 09 01:23:01 +0000 2023",
      "favorited" : false,
      "full_text" : "@meteor_watch_net I counted 52 in two hours from my garden! Bortle 6 skies so not bad at all!",
      "lang" : "en",
      "in_reply_to_screen_name" : "meteor_watch_net",
      "in_reply_to_user_id_str" : "1166361046937954632"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1686476468647738242"
          ],
          "editableUntil" : "2023-08-01T21:38:18.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Aurora Alerts Uk",
            "screen_name" : "aurora_alerts_uk",
            "indices" : [
              "3",
              "20"
            ],
            "id_str" : "1325696668320764196",
            "id" : "1325696668320764196"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "116"
      ],
      "favorite_count" : "0",
      "id_str" : "1686476468647738242",
      "truncated" : false,
      "retweet_count" : "22",
      "id" : "1686476468647738242",
      "created_at" : "Tue Aug 01 20:38:18 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @aurora_alerts_uk: Aurora watch cancelled, sadly. Activity dropped off quickly. Keep an eye out for the next one!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1686185417505959288"
          ],
          "editableUntil" : "2023-08-01T02:21:46.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "9"
      ],
      "favorite_count" : "5",
      "id_str" : "1686185417505959288",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1686185417505959288",
      "created_at" : "Tue Aug 01 01:21:46 +0000 2023",
      "favorited" : false,
      "full_text" : "JUPITER!!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1683588463854043668"
          ],
          "editableUntil" : "2023-07-24T22:22:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Spacefacts Daily",
            "screen_name" : "spacefacts_daily",
            "indices" : [
              "3",
              "20"
            ],
            "id_str" : "836200564398065955",
            "id" : "836200564398065955"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "117"
      ],
      "favorite_count" : "0",
      "id_str" : "1683588463854043668",
      "truncated" : false,
      "retweet_count" : "59",
      "id" : "1683588463854043668",
      "created_at" : "Mon Jul 24 21:22:24 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @spacefacts_daily: Olympus Mons is so wide that if you stood on its summit, its edges would be beyond the horizon.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1680814611235237822"
          ],
          "editableUntil" : "2023-07-17T06:40:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "102"
      ],
      "favorite_count" : "0",
      "id_str" : "1680814611235237822",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1680814611235237822",
      "created_at" : "Mon Jul 17 05:40:06 +0000 2023",
      "favorited" : false,
      "full_text" : "Sunset plus a crescent Moon plus Venus is one of the prettiest sky scenes there is. Look west tonight!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1680345071485775830"
          ],
          "editableUntil" : "2023-07-15T23:34:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "121"
      ],
      "favorite_count" : "12",
      "id_str" : "1680345071485775830",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1680345071485775830",
      "created_at" : "Sat Jul 15 22:34:19 +0000 2023",
      "favorited" : false,
      "full_text" : "Sunspots today through my solar filter! Three big groups! The Sun is getting more active as we head toward solar maximum!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1680000907867388402"
          ],
          "editableUntil" : "2023-07-15T00:46:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "114"
      ],
      "favorite_count" : "0",
      "id_str" : "1680000907867388402",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1680000907867388402",
      "created_at" : "Fri Jul 14 23:46:44 +0000 2023",
      "favorited" : false,
      "full_text" : "NEVER look at the Sun through a telescope without a proper solar filter. I say this every time because it matters!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1678573590411566027"
          ],
          "editableUntil" : "2023-07-11T02:15:05.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "2",
      "id_str" : "1678573590411566027",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1678573590411566027",
      "created_at" : "Tue Jul 11 01:15:05 +0000 2023",
      "favorited" : false,
      "full_text" : "Weather forecasters around here are amazing at forecasting clouds. Very accurate. TOO accurate.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1678087344750153318"
          ],
          "editableUntil" : "2023-07-09T18:02:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "17",
      "id_str" : "1678087344750153318",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1678087344750153318",
      "created_at" : "Sun Jul 09 17:02:55 +0000 2023",
      "favorited" : false,
      "full_text" : "Fact: Saturn has well over 100 known moons now. It keeps overtaking Jupiter in the moon race!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1677003851167075013"
          ],
          "editableUntil" : "2023-07-06T18:17:30.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "9",
      "id_str" : "1677003851167075013",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1677003851167075013",
      "created_at" : "Thu Jul 06 17:17:30 +0000 2023",
      "favorited" : false,
      "full_text" : "Astronomy tip: look slightly to the side of faint objects. It's called averted vision and it WORKS!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1676739358358402365"
          ],
          "editableUntil" : "2023-07-06T00:46:30.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Spacefacts Daily",
            "screen_name" : "spacefacts_daily",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "836200564398065955",
            "id" : "836200564398065955"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "18",
        "97"
      ],
      "favorite_count" : "7",
      "in_reply_to_status_id_str" : "1676705636152795620",
      "id_str" : "1676739358358402365",
      "in_reply_to_user_id" : "836200564398065955",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1676739358358402365",
      "in_reply_to_status_id" : "1676705636152795620",
      "created_at" : "Wed Jul 05 23:46:30 +0000 2023",
      "favorited" : false,
      "full_text" : "@spacefacts_daily 10 metres thick and 270,000 km wide?! Saturn is just showing off at this point.",
      "lang" : "en",
      "in_reply_to_screen_name" : "spacefacts_daily",
      "in_reply_to_user_id_str" : "836200564398065955"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1676018412027481658"
          ],
          "editableUntil" : "2023-07-04T01:01:43.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "3",
      "id_str" : "1676018412027481658",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1676018412027481658",
      "created_at" : "Tue Jul 04 00:01:43 +0000 2023",
      "favorited" : false,
      "full_text" : "The floor of the crater Plato looked flat and dark tonight. Like a puddle of ink on the Moon!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1675999994837477781"
          ],
          "editableUntil" : "2023-07-03T23:48:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "120"
      ],
      "favorite_count" : "13",
      "id_str" : "1675999994837477781",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1675999994837477781",
      "created_at" : "Mon Jul 03 22:48:32 +0000 2023",
      "favorited" : false,
      "full_text" : "The Milky Way is visible from my garden for about three nights a year when the wind is right and the street lights fail.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1675291132297635443"
          ],
          "editableUntil" : "2023-07-02T00:51:46.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "3",
      "id_str" : "1675291132297635443",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1675291132297635443",
      "created_at" : "Sat Jul 01 23:51:46 +0000 2023",
      "favorited" : false,
      "full_text" : "Fact: Saturn is less dense than water. If you had a bathtub big enough, it would float!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1675277907656256861"
          ],
          "editableUntil" : "2023-07-01T23:59:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Meteor Watch Net",
            "screen_name" : "meteor_watch_net",
            "indices" : [
              "3",
              "20"
            ],
            "id_str" : "1166361046937954632",
            "id" : "1166361046937954632"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "0",
      "id_str" : "1675277907656256861",
      "truncated" : false,
      "retweet_count" : "90",
      "id" : "1675277907656256861",
      "created_at" : "Sat Jul 01 22:59:13 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @meteor_watch_net: The Geminids are one of the best showers of the year, and they get going before midnight too!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1674587365833830027"
          ],
          "editableUntil" : "2023-06-30T02:15:15.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "77"
      ],
      "favorite_count" : "4",
      "id_str" : "1674587365833830027",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1674587365833830027",
      "created_at" : "Fri Jun 30 01:15:15 +0000 2023",
      "favorited" : false,
      "full_text" : "3 hours in the garden. Saw 5 galaxies, 2 nebulae and 1 hedgehog. Great night!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1674568285943828587"
          ],
          "editableUntil" : "2023-06-30T00:59:26.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "117"
      ],
      "favorite_count" : "12",
      "id_str" : "1674568285943828587",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1674568285943828587",
      "created_at" : "Thu Jun 29 23:59:26 +0000 2023",
      "favorited" : false,
      "full_text" : "Cool fact: the Moon wobbles a little as it orbits (libration), so over time we actually see about 59% of its surface!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1674398131418089073"
          ],
          "editableUntil" : "2023-06-29T13:43:18.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "108"
      ],
      "favorite_count" : "4",
      "id_str" : "1674398131418089073",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1674398131418089073",
      "created_at" : "Thu Jun 29 12:43:18 +0000 2023",
      "favorited" : false,
      "full_text" : "Fun fact: the Moon is moving away from us at about 3.8 cm per year. Roughly the speed your fingernails grow!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1674227247085246795"
          ],
          "editableUntil" : "2023-06-29T02:24:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "120"
      ],
      "favorite_count" : "13",
      "id_str" : "1674227247085246795",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1674227247085246795",
      "created_at" : "Thu Jun 29 01:24:16 +0000 2023",
      "favorited" : false,
      "full_text" : "The Orion Nebula is about 1,344 light years away and it's a star nursery. Baby stars! Being born! Well, 1,344 years ago!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1674183949286752683"
          ],
          "editableUntil" : "2023-06-28T23:32:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "24",
      "id_str" : "1674183949286752683",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1674183949286752683",
      "created_at" : "Wed Jun 28 22:32:13 +0000 2023",
      "favorited" : false,
      "full_text" : "The garden smells of frost and pine at 2am. I love winter observing even though it hurts.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1673459186138528101"
          ],
          "editableUntil" : "2023-06-26T23:32:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "116"
      ],
      "favorite_count" : "1",
      "id_str" : "1673459186138528101",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1673459186138528101",
      "created_at" : "Mon Jun 26 22:32:16 +0000 2023",
      "favorited" : false,
      "full_text" : "Summer astronomy problem: it doesn't get properly dark until midnight. Winter problem: it's -5C. There's no winning!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1672296843837063588"
          ],
          "editableUntil" : "2023-06-23T18:33:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "62"
      ],
      "favorite_count" : "2",
      "id_str" : "1672296843837063588",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1672296843837063588",
      "created_at" : "Fri Jun 23 17:33:32 +0000 2023",
      "favorited" : false,
      "full_text" : "Sky is CLEAR, Moon is NEW, wind is LOW. This is not a drill!!!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1671635481787774586"
          ],
          "editableUntil" : "2023-06-21T22:45:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "9",
      "id_str" : "1671635481787774586",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1671635481787774586",
      "created_at" : "Wed Jun 21 21:45:31 +0000 2023",
      "favorited" : false,
      "full_text" : "The Pleiades through binoculars are honestly underrated. Seven Sisters, dozens of stars. Gorgeous!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1671267704240448390"
          ],
          "editableUntil" : "2023-06-20T22:24:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "3",
      "id_str" : "1671267704240448390",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1671267704240448390",
      "created_at" : "Tue Jun 20 21:24:06 +0000 2023",
      "favorited" : false,
      "full_text" : "Star party report: saw the Veil Nebula through a friend's 16 inch. Wispy smoke across the sky. I'm speechless.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1670597911642816954"
          ],
          "editableUntil" : "2023-06-19T02:02:35.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "76"
      ],
      "favorite_count" : "10",
      "id_str" : "1670597911642816954",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1670597911642816954",
      "created_at" : "Mon Jun 19 01:02:35 +0000 2023",
      "favorited" : false,
      "full_text" : "Mist rolled in at midnight like someone closed the curtains on the universe.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1668760324144037636"
          ],
          "editableUntil" : "2023-06-14T00:20:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "comet",
            "indices" : [
              "80",
              "86"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/zdcn4FAkyQ",
            "expanded_url" : "https://ivostarfield.example.net/log/the-comet-in-binoculars-this-morning",
            "display_url" : "ivostarfield.example.ne…",
            "indices" : [
              "56",
              "79"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "0",
      "id_str" : "1668760324144037636",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1668760324144037636",
      "possibly_sensitive" : false,
      "created_at" : "Tue Jun 13 23:20:40 +0000 2023",
      "favorited" : false,
      "full_text" : "The comet in binoculars this morning, green &amp; fuzzy https://t.co/zdcn4FAkyQ #comet",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1668516383422557478"
          ],
          "editableUntil" : "2023-06-13T08:11:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "1",
      "id_str" : "1668516383422557478",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1668516383422557478",
      "created_at" : "Tue Jun 13 07:11:20 +0000 2023",
      "favorited" : false,
      "full_text" : "It's too cloudy to observe so I'm watching rocket launches online. Still counts as astronomy!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1667655884208126916"
          ],
          "editableUntil" : "2023-06-10T23:12:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Lunar Lucy",
            "screen_name" : "lunar_lucy",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "840398264515302137",
            "id" : "840398264515302137"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "12",
        "69"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1667635499891213257",
      "id_str" : "1667655884208126916",
      "in_reply_to_user_id" : "840398264515302137",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1667655884208126916",
      "in_reply_to_status_id" : "1667635499891213257",
      "created_at" : "Sat Jun 10 22:12:01 +0000 2023",
      "favorited" : false,
      "full_text" : "@lunar_lucy caught the earthshine at dawn too! Best glow of the year!",
      "lang" : "en",
      "in_reply_to_screen_name" : "lunar_lucy",
      "in_reply_to_user_id_str" : "840398264515302137"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1666707916978722282"
          ],
          "editableUntil" : "2023-06-08T08:25:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "moon",
            "indices" : [
              "91",
              "96"
            ]
          },
          {
            "text" : "astronomy",
            "indices" : [
              "97",
              "107"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/89PgK0cpFW",
            "expanded_url" : "https://ivostarfield.example.net/log/beginner-s-guide-to-the-moon",
            "display_url" : "ivostarfield.example.ne…",
            "indices" : [
              "67",
              "90"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "107"
      ],
      "favorite_count" : "21",
      "id_str" : "1666707916978722282",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1666707916978722282",
      "possibly_sensitive" : false,
      "created_at" : "Thu Jun 08 07:25:08 +0000 2023",
      "favorited" : false,
      "full_text" : "Beginner's guide to the Moon: which craters to look for &amp; when https://t.co/89PgK0cpFW #moon #astronomy",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1665861867140241483"
          ],
          "editableUntil" : "2023-06-06T00:23:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "outreach",
            "indices" : [
              "106",
              "115"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/zbUsSbkdgy",
            "expanded_url" : "https://ivostarfield.example.net/log/the-astronomy-club-star-night-was",
            "display_url" : "ivostarfield.example.ne…",
            "indices" : [
              "82",
              "105"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "9",
      "id_str" : "1665861867140241483",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1665861867140241483",
      "possibly_sensitive" : false,
      "created_at" : "Mon Jun 05 23:23:14 +0000 2023",
      "favorited" : false,
      "full_text" : "The astronomy club star night was a huge success! 200+ visitors &amp; clear skies https://t.co/zbUsSbkdgy #outreach",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1665205148188991160"
          ],
          "editableUntil" : "2023-06-04T04:53:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "102"
      ],
      "favorite_count" : "6",
      "id_str" : "1665205148188991160",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1665205148188991160",
      "created_at" : "Sun Jun 04 03:53:40 +0000 2023",
      "favorited" : false,
      "full_text" : "Venus is so bright right now that my neighbour asked if it was a drone. It's a PLANET! A whole planet!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1665139318587829570"
          ],
          "editableUntil" : "2023-06-04T00:32:05.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "119"
      ],
      "favorite_count" : "8",
      "id_str" : "1665139318587829570",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1665139318587829570",
      "created_at" : "Sat Jun 03 23:32:05 +0000 2023",
      "favorited" : false,
      "full_text" : "Tonight's goal: Messier 13, the Great Globular Cluster in Hercules. Hundreds of thousands of stars in a ball. LET'S GO!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1663717709578995622"
          ],
          "editableUntil" : "2023-05-31T02:23:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "123"
      ],
      "favorite_count" : "2",
      "id_str" : "1663717709578995622",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1663717709578995622",
      "created_at" : "Wed May 31 01:23:07 +0000 2023",
      "favorited" : false,
      "full_text" : "Jupiter's moon Io has over 400 active volcanoes. And tonight I watched its shadow crawl across Jupiter!!! A SHADOW TRANSIT!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1663027524269126409"
          ],
          "editableUntil" : "2023-05-29T04:40:34.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "117"
      ],
      "favorite_count" : "17",
      "id_str" : "1663027524269126409",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1663027524269126409",
      "created_at" : "Mon May 29 03:40:34 +0000 2023",
      "favorited" : false,
      "full_text" : "Managed a 2 minute exposure of the Orion Nebula and the colours came out! Pink and blue! I can't believe I took this!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1662917713198886770"
          ],
          "editableUntil" : "2023-05-28T21:24:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "108"
      ],
      "favorite_count" : "0",
      "id_str" : "1662917713198886770",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1662917713198886770",
      "created_at" : "Sun May 28 20:24:13 +0000 2023",
      "favorited" : false,
      "full_text" : "Four layers, two hats, thermal socks, still freezing. Saw Uranus though! A tiny blue-green dot. Magnificent.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1662636770329360475"
          ],
          "editableUntil" : "2023-05-28T02:47:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "66"
      ],
      "favorite_count" : "1",
      "id_str" : "1662636770329360475",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1662636770329360475",
      "created_at" : "Sun May 28 01:47:51 +0000 2023",
      "favorited" : false,
      "full_text" : "Astronomy is 10% looking at stars and 90% looking at weather apps.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1661867451089588458"
          ],
          "editableUntil" : "2023-05-25T23:50:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Darksky Campaign Uk",
            "screen_name" : "darksky_campaign_uk",
            "indices" : [
              "3",
              "23"
            ],
            "id_str" : "1185643163758564064",
            "id" : "1185643163758564064"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "0",
      "id_str" : "1661867451089588458",
      "truncated" : false,
      "retweet_count" : "159",
      "id" : "1661867451089588458",
      "created_at" : "Thu May 25 22:50:51 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @darksky_campaign_uk: Point lights down, use warm colours, use timers. Three easy steps to help the night sky!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1660769705260643183"
          ],
          "editableUntil" : "2023-05-22T23:08:48.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "4",
      "id_str" : "1660769705260643183",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1660769705260643183",
      "created_at" : "Mon May 22 22:08:48 +0000 2023",
      "favorited" : false,
      "full_text" : "Cleaned the telescope mirror for the first time in 3 years. So nervous. It went fine! Sparkly!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1659763839860171869"
          ],
          "editableUntil" : "2023-05-20T04:31:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "75"
      ],
      "favorite_count" : "9",
      "id_str" : "1659763839860171869",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1659763839860171869",
      "created_at" : "Sat May 20 03:31:51 +0000 2023",
      "favorited" : false,
      "full_text" : "Forecast said clear. It is not clear. It is raining. Forecasts are fiction.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1659670151692400888"
          ],
          "editableUntil" : "2023-05-19T22:19:34.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "112"
      ],
      "favorite_count" : "5",
      "id_str" : "1659670151692400888",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1659670151692400888",
      "created_at" : "Fri May 19 21:19:34 +0000 2023",
      "favorited" : false,
      "full_text" : "Fact: Neptune takes about 165 years to orbit the Sun. It only completed its first orbit since discovery in 2011!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1658284471090368435"
          ],
          "editableUntil" : "2023-05-16T02:33:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "2",
      "id_str" : "1658284471090368435",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1658284471090368435",
      "created_at" : "Tue May 16 01:33:22 +0000 2023",
      "favorited" : false,
      "full_text" : "Counted 14 satellites in 30 minutes tonight. Low orbit is getting very crowded up there.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1657617945852629395"
          ],
          "editableUntil" : "2023-05-14T06:24:50.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "3",
      "id_str" : "1657617945852629395",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1657617945852629395",
      "created_at" : "Sun May 14 05:24:50 +0000 2023",
      "favorited" : false,
      "full_text" : "The Moon's craters are mostly from impacts billions of years ago. No weather or plate tectonics to erase them!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1656837780142471798"
          ],
          "editableUntil" : "2023-05-12T02:44:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "0",
      "id_str" : "1656837780142471798",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1656837780142471798",
      "created_at" : "Fri May 12 01:44:44 +0000 2023",
      "favorited" : false,
      "full_text" : "Wind is so strong tonight that Jupiter is dancing in the eyepiece like it's at a wedding.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1656834403730014131"
          ],
          "editableUntil" : "2023-05-12T02:31:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "1",
      "id_str" : "1656834403730014131",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1656834403730014131",
      "created_at" : "Fri May 12 01:31:19 +0000 2023",
      "favorited" : false,
      "full_text" : "Clear sky forecast for tonight! Cancelling all plans. Telescope is already cooling on the patio.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1656771644359466885"
          ],
          "editableUntil" : "2023-05-11T22:21:56.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "117"
      ],
      "favorite_count" : "1",
      "id_str" : "1656771644359466885",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1656771644359466885",
      "created_at" : "Thu May 11 21:21:56 +0000 2023",
      "favorited" : false,
      "full_text" : "Telescope cover got blown into the neighbour's garden. Retrieved it at midnight in my pyjamas. He saw. He understood.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1656199633566472236"
          ],
          "editableUntil" : "2023-05-10T08:28:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "131"
      ],
      "favorite_count" : "1",
      "id_str" : "1656199633566472236",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1656199633566472236",
      "created_at" : "Wed May 10 07:28:58 +0000 2023",
      "favorited" : false,
      "full_text" : "Neighbour asked if I'm a spy because I'm in the garden at 2am with a \"big tube\". Explained it's a telescope. He's still suspicious.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1655673277773531593"
          ],
          "editableUntil" : "2023-05-08T21:37:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "102"
      ],
      "favorite_count" : "2",
      "id_str" : "1655673277773531593",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1655673277773531593",
      "created_at" : "Mon May 08 20:37:25 +0000 2023",
      "favorited" : false,
      "full_text" : "Sometimes I go out just to look up without any equipment. Just me, the dark and the stars. Pure peace.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1654646071752795138"
          ],
          "editableUntil" : "2023-05-06T01:35:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "1",
      "id_str" : "1654646071752795138",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1654646071752795138",
      "created_at" : "Sat May 06 00:35:40 +0000 2023",
      "favorited" : false,
      "full_text" : "5 hours of observing and my logbook has 22 new entries. I'M ON FIRE! (I'm actually freezing.)",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1651846004735722478"
          ],
          "editableUntil" : "2023-04-28T08:09:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "120"
      ],
      "favorite_count" : "14",
      "id_str" : "1651846004735722478",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1651846004735722478",
      "created_at" : "Fri Apr 28 07:09:12 +0000 2023",
      "favorited" : false,
      "full_text" : "Bright blue LED streetlights are spreading everywhere. Warm, shielded, dark-sky friendly lights exist! Ask your council!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1651464599893692151"
          ],
          "editableUntil" : "2023-04-27T06:53:38.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "112"
      ],
      "favorite_count" : "2",
      "id_str" : "1651464599893692151",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1651464599893692151",
      "created_at" : "Thu Apr 27 05:53:38 +0000 2023",
      "favorited" : false,
      "full_text" : "I have 6 weather apps and they all disagree. One says clear, two say cloudy, three say \"maybe\". Thanks, science.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1651352591005069090"
          ],
          "editableUntil" : "2023-04-26T23:28:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "10",
      "id_str" : "1651352591005069090",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1651352591005069090",
      "created_at" : "Wed Apr 26 22:28:33 +0000 2023",
      "favorited" : false,
      "full_text" : "Spent the cloudy evening cleaning eyepieces and organising my star atlas. Glamorous life.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1649217048543862461"
          ],
          "editableUntil" : "2023-04-21T02:02:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "10"
      ],
      "favorite_count" : "3",
      "id_str" : "1649217048543862461",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1649217048543862461",
      "created_at" : "Fri Apr 21 01:02:40 +0000 2023",
      "favorited" : false,
      "full_text" : "ok bedtime",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1648780408912840833"
          ],
          "editableUntil" : "2023-04-19T21:07:37.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "6"
      ],
      "favorite_count" : "3",
      "id_str" : "1648780408912840833",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1648780408912840833",
      "created_at" : "Wed Apr 19 20:07:37 +0000 2023",
      "favorited" : false,
      "full_text" : "Moon!!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1646410404854430113"
          ],
          "editableUntil" : "2023-04-13T08:10:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "4",
      "id_str" : "1646410404854430113",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1646410404854430113",
      "created_at" : "Thu Apr 13 07:10:04 +0000 2023",
      "favorited" : false,
      "full_text" : "Spent all day making a DIY dew shield out of a camping mat. It works! Looks ridiculous, but it works!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1645605425640465599"
          ],
          "editableUntil" : "2023-04-11T02:51:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "85"
      ],
      "favorite_count" : "7",
      "id_str" : "1645605425640465599",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1645605425640465599",
      "created_at" : "Tue Apr 11 01:51:22 +0000 2023",
      "favorited" : false,
      "full_text" : "Winter skies are the best skies. Orion, Taurus, Gemini, Auriga. So many bright stars!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1645575352483878393"
          ],
          "editableUntil" : "2023-04-11T00:51:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "1",
      "id_str" : "1645575352483878393",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1645575352483878393",
      "created_at" : "Mon Apr 10 23:51:52 +0000 2023",
      "favorited" : false,
      "full_text" : "New Moon this weekend and the forecast is CLEAR!!! Cancelled everything. Sorry, friends.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1645229976714752910"
          ],
          "editableUntil" : "2023-04-10T01:59:28.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "54"
      ],
      "favorite_count" : "7",
      "id_str" : "1645229976714752910",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1645229976714752910",
      "created_at" : "Mon Apr 10 00:59:28 +0000 2023",
      "favorited" : false,
      "full_text" : "The clouds came back in 7 minutes. New personal worst.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1644789973253893894"
          ],
          "editableUntil" : "2023-04-08T20:51:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "2",
      "id_str" : "1644789973253893894",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1644789973253893894",
      "created_at" : "Sat Apr 08 19:51:03 +0000 2023",
      "favorited" : false,
      "full_text" : "Venus at greatest elongation this week! Best time to see it high in the evening sky!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1644430840167104180"
          ],
          "editableUntil" : "2023-04-07T21:03:59.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "8"
      ],
      "favorite_count" : "0",
      "id_str" : "1644430840167104180",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1644430840167104180",
      "created_at" : "Fri Apr 07 20:03:59 +0000 2023",
      "favorited" : false,
      "full_text" : "meteor!!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1643518914593420892"
          ],
          "editableUntil" : "2023-04-05T08:40:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "107"
      ],
      "favorite_count" : "6",
      "id_str" : "1643518914593420892",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1643518914593420892",
      "created_at" : "Wed Apr 05 07:40:19 +0000 2023",
      "favorited" : false,
      "full_text" : "Waxing gibbous Moon with Jupiter right beside it! Great pairing for beginners tonight, no telescope needed!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1643123651772506689"
          ],
          "editableUntil" : "2023-04-04T06:29:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Backyard Cosmos",
            "screen_name" : "backyard_cosmos",
            "indices" : [
              "3",
              "19"
            ],
            "id_str" : "771948332159865953",
            "id" : "771948332159865953"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "121"
      ],
      "favorite_count" : "0",
      "id_str" : "1643123651772506689",
      "truncated" : false,
      "retweet_count" : "95",
      "id" : "1643123651772506689",
      "created_at" : "Tue Apr 04 05:29:41 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @backyard_cosmos: Clouds again? Use the time to clean your optics, plan targets and rest your eyes. The sky will wait.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1642317787562905800"
          ],
          "editableUntil" : "2023-04-02T01:07:28.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "5",
      "id_str" : "1642317787562905800",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1642317787562905800",
      "created_at" : "Sun Apr 02 00:07:28 +0000 2023",
      "favorited" : false,
      "full_text" : "I've logged every observing session since 2019. 212 sessions! Average temperature: freezing.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1642296207866050583"
          ],
          "editableUntil" : "2023-04-01T23:41:43.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "42"
      ],
      "favorite_count" : "9",
      "id_str" : "1642296207866050583",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1642296207866050583",
      "created_at" : "Sat Apr 01 22:41:43 +0000 2023",
      "favorited" : false,
      "full_text" : "The clouds are back and so is my bad mood.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1642277010536163585"
          ],
          "editableUntil" : "2023-04-01T22:25:26.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "77"
      ],
      "favorite_count" : "3",
      "id_str" : "1642277010536163585",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1642277010536163585",
      "created_at" : "Sat Apr 01 21:25:26 +0000 2023",
      "favorited" : false,
      "full_text" : "My fingers are so cold I typed this with my nose. Worth it for Saturn though.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1642040619562037976"
          ],
          "editableUntil" : "2023-04-01T06:46:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "6"
      ],
      "favorite_count" : "9",
      "id_str" : "1642040619562037976",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1642040619562037976",
      "created_at" : "Sat Apr 01 05:46:06 +0000 2023",
      "favorited" : false,
      "full_text" : "WOW!!!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1641880665586984608"
          ],
          "editableUntil" : "2023-03-31T20:10:30.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Darksky Campaign Uk",
            "screen_name" : "darksky_campaign_uk",
            "indices" : [
              "0",
              "20"
            ],
            "id_str" : "1185643163758564064",
            "id" : "1185643163758564064"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "21",
        "107"
      ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "1641850969915324708",
      "id_str" : "1641880665586984608",
      "in_reply_to_user_id" : "1185643163758564064",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1641880665586984608",
      "in_reply_to_status_id" : "1641850969915324708",
      "created_at" : "Fri Mar 31 19:10:30 +0000 2023",
      "favorited" : false,
      "full_text" : "@darksky_campaign_uk my council just agreed to shield the light outside my house! Emailing works, everyone!",
      "lang" : "en",
      "in_reply_to_screen_name" : "darksky_campaign_uk",
      "in_reply_to_user_id_str" : "1185643163758564064"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1641709810615075525"
          ],
          "editableUntil" : "2023-03-31T08:51:35.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "1",
      "id_str" : "1641709810615075525",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1641709810615075525",
      "created_at" : "Fri Mar 31 07:51:35 +0000 2023",
      "favorited" : false,
      "full_text" : "Watched Algol dim over 3 hours! Variable stars are so satisfying! The universe is MOVING!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1640098736505869011"
          ],
          "editableUntil" : "2023-03-26T22:09:45.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "3",
      "id_str" : "1640098736505869011",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1640098736505869011",
      "created_at" : "Sun Mar 26 21:09:45 +0000 2023",
      "favorited" : false,
      "full_text" : "New eyepiece day! 6mm for planets! Can't wait to try it on Jupiter tonight! (Forecast: cloudy.)",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1639375256811466195"
          ],
          "editableUntil" : "2023-03-24T22:14:54.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "40"
      ],
      "favorite_count" : "1",
      "id_str" : "1639375256811466195",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1639375256811466195",
      "created_at" : "Fri Mar 24 21:14:54 +0000 2023",
      "favorited" : false,
      "full_text" : "Saturn is up! Go outside and look south!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1639373998522314226"
          ],
          "editableUntil" : "2023-03-24T22:09:54.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "83"
      ],
      "favorite_count" : "3",
      "id_str" : "1639373998522314226",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1639373998522314226",
      "created_at" : "Fri Mar 24 21:09:54 +0000 2023",
      "favorited" : false,
      "full_text" : "SATURN'S RINGS!!! No matter how many times I see them, I gasp. Every. Single. Time.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1639081831692028249"
          ],
          "editableUntil" : "2023-03-24T02:48:56.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "3",
      "id_str" : "1639081831692028249",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1639081831692028249",
      "created_at" : "Fri Mar 24 01:48:56 +0000 2023",
      "favorited" : false,
      "full_text" : "Lunar eclipse planned, clouds rolled in right at totality. The classic backyard astronomy experience.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1638238206163916360"
          ],
          "editableUntil" : "2023-03-21T18:56:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "9"
      ],
      "favorite_count" : "5",
      "id_str" : "1638238206163916360",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1638238206163916360",
      "created_at" : "Tue Mar 21 17:56:40 +0000 2023",
      "favorited" : false,
      "full_text" : "SATURN!!!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1637633148451964684"
          ],
          "editableUntil" : "2023-03-20T02:52:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "73"
      ],
      "favorite_count" : "0",
      "id_str" : "1637633148451964684",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1637633148451964684",
      "created_at" : "Mon Mar 20 01:52:23 +0000 2023",
      "favorited" : false,
      "full_text" : "The moment the clouds clear and the first star pops out. Nothing like it!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1637613439418526981"
          ],
          "editableUntil" : "2023-03-20T01:34:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "2",
      "id_str" : "1637613439418526981",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1637613439418526981",
      "created_at" : "Mon Mar 20 00:34:04 +0000 2023",
      "favorited" : false,
      "full_text" : "Stacking software is a rabbit hole. It's 1am and I'm adjusting curves on a galaxy. Help.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1637222177961380720"
          ],
          "editableUntil" : "2023-03-18T23:39:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "3",
      "id_str" : "1637222177961380720",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1637222177961380720",
      "created_at" : "Sat Mar 18 22:39:20 +0000 2023",
      "favorited" : false,
      "full_text" : "Satellite trails are ruining more and more of my photos. Astronomers everywhere are worried about this.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1636940152960665623"
          ],
          "editableUntil" : "2023-03-18T04:58:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Meteor Watch Net",
            "screen_name" : "meteor_watch_net",
            "indices" : [
              "3",
              "20"
            ],
            "id_str" : "1166361046937954632",
            "id" : "1166361046937954632"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "117"
      ],
      "favorite_count" : "0",
      "id_str" : "1636940152960665623",
      "truncated" : false,
      "retweet_count" : "78",
      "id" : "1636940152960665623",
      "created_at" : "Sat Mar 18 03:58:40 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @meteor_watch_net: Fireball reported over the north of England last night at 23:14. Did anyone catch it on camera?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1635624294940500722"
          ],
          "editableUntil" : "2023-03-14T13:49:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/eNW3Tzn8IV",
            "expanded_url" : "https://ivostarfield.example.net/log/why-aperture-matters-more-than-magnification",
            "display_url" : "ivostarfield.example.ne…",
            "indices" : [
              "70",
              "93"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "2",
      "id_str" : "1635624294940500722",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1635624294940500722",
      "possibly_sensitive" : false,
      "created_at" : "Tue Mar 14 12:49:55 +0000 2023",
      "favorited" : false,
      "full_text" : "Why aperture matters more than magnification: a short thread &gt;&gt; https://t.co/eNW3Tzn8IV",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1635089202412762025"
          ],
          "editableUntil" : "2023-03-13T02:23:39.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "49"
      ],
      "favorite_count" : "6",
      "id_str" : "1635089202412762025",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1635089202412762025",
      "created_at" : "Mon Mar 13 01:23:39 +0000 2023",
      "favorited" : false,
      "full_text" : "Cold hands, warm heart, clear sky. Perfect night!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1634701405453966497"
          ],
          "editableUntil" : "2023-03-12T00:42:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "109"
      ],
      "favorite_count" : "3",
      "id_str" : "1634701405453966497",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1634701405453966497",
      "created_at" : "Sat Mar 11 23:42:41 +0000 2023",
      "favorited" : false,
      "full_text" : "My star tracker photo of the Andromeda Galaxy. 40 frames stacked! I can see the dust lanes!!! I'm so proud!!!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1634664814344787321"
          ],
          "editableUntil" : "2023-03-11T22:17:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "2",
      "id_str" : "1634664814344787321",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1634664814344787321",
      "created_at" : "Sat Mar 11 21:17:17 +0000 2023",
      "favorited" : false,
      "full_text" : "The Moon at apogee is about 406,000 km away. Same Moon, 50,000 km difference. Orbits are ellipses, folks!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1634662746551699663"
          ],
          "editableUntil" : "2023-03-11T22:09:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Maya Loves Mars",
            "screen_name" : "maya_loves_mars",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "1158610391545559761",
            "id" : "1158610391545559761"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "17",
        "95"
      ],
      "favorite_count" : "17",
      "in_reply_to_status_id_str" : "1634555791803226804",
      "id_str" : "1634662746551699663",
      "in_reply_to_user_id" : "1158610391545559761",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1634662746551699663",
      "in_reply_to_status_id" : "1634555791803226804",
      "created_at" : "Sat Mar 11 21:09:04 +0000 2023",
      "favorited" : false,
      "full_text" : "@maya_loves_mars no telescope needed for Mars tonight, but with one you might spot the ice cap!",
      "lang" : "en",
      "in_reply_to_screen_name" : "maya_loves_mars",
      "in_reply_to_user_id_str" : "1158610391545559761"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1634630987284649449"
          ],
          "editableUntil" : "2023-03-11T20:02:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "122"
      ],
      "favorite_count" : "1",
      "id_str" : "1634630987284649449",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1634630987284649449",
      "created_at" : "Sat Mar 11 19:02:52 +0000 2023",
      "favorited" : false,
      "full_text" : "The Sombrero Galaxy is around 30 million light years away and looks like, yes, a sombrero. Astronomers are great at names.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1634323314112635598"
          ],
          "editableUntil" : "2023-03-10T23:40:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "102"
      ],
      "favorite_count" : "7",
      "id_str" : "1634323314112635598",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1634323314112635598",
      "created_at" : "Fri Mar 10 22:40:17 +0000 2023",
      "favorited" : false,
      "full_text" : "The hardest part of astronomy isn't the equipment or the maths. It's getting out of a warm bed at 4am.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1633976742967130489"
          ],
          "editableUntil" : "2023-03-10T00:43:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Aurora Alerts Uk",
            "screen_name" : "aurora_alerts_uk",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "1325696668320764196",
            "id" : "1325696668320764196"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "18",
        "98"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1633924146395061625",
      "id_str" : "1633976742967130489",
      "in_reply_to_user_id" : "1325696668320764196",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1633976742967130489",
      "in_reply_to_status_id" : "1633924146395061625",
      "created_at" : "Thu Mar 09 23:43:08 +0000 2023",
      "favorited" : false,
      "full_text" : "@aurora_alerts_uk I SAW IT!!! Faint red glow to the north, and the camera picked up pillars too!!!",
      "lang" : "en",
      "in_reply_to_screen_name" : "aurora_alerts_uk",
      "in_reply_to_user_id_str" : "1325696668320764196"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1633280278789474139"
          ],
          "editableUntil" : "2023-03-08T02:35:38.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/lBYYfAy4rV",
            "expanded_url" : "https://ivostarfield.example.net/gallery/317",
            "display_url" : "ivostarfield.example.ne…",
            "indices" : [
              "0",
              "23"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "23"
      ],
      "favorite_count" : "1",
      "id_str" : "1633280278789474139",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1633280278789474139",
      "possibly_sensitive" : false,
      "created_at" : "Wed Mar 08 01:35:38 +0000 2023",
      "favorited" : false,
      "full_text" : "https://t.co/lBYYfAy4rV",
      "lang" : "zxx"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1633274046054975453"
          ],
          "editableUntil" : "2023-03-08T02:10:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "aurora",
            "indices" : [
              "82",
              "89"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/guDxOBQB1g",
            "expanded_url" : "https://ivostarfield.example.net/log/aurora-from-my-garden-faint-by",
            "display_url" : "ivostarfield.example.ne…",
            "indices" : [
              "58",
              "81"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "19",
      "id_str" : "1633274046054975453",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1633274046054975453",
      "possibly_sensitive" : false,
      "created_at" : "Wed Mar 08 01:10:52 +0000 2023",
      "favorited" : false,
      "full_text" : "Aurora from my garden!!! Faint by eye, gorgeous on camera https://t.co/guDxOBQB1g #aurora",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1632921493831315560"
          ],
          "editableUntil" : "2023-03-07T02:49:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "111"
      ],
      "favorite_count" : "1",
      "id_str" : "1632921493831315560",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1632921493831315560",
      "created_at" : "Tue Mar 07 01:49:57 +0000 2023",
      "favorited" : false,
      "full_text" : "Thirty minutes for your eyes to fully dark-adapt. Thirty seconds for someone to open the back door and ruin it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1631077640045007851"
          ],
          "editableUntil" : "2023-03-02T00:43:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "0",
      "id_str" : "1631077640045007851",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1631077640045007851",
      "created_at" : "Wed Mar 01 23:43:08 +0000 2023",
      "favorited" : false,
      "full_text" : "Showed Saturn to my neighbour's 8-year-old tonight. She said \"it looks fake\". Best review Saturn has ever had!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1630262711942847929"
          ],
          "editableUntil" : "2023-02-27T18:44:54.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "104"
      ],
      "favorite_count" : "15",
      "id_str" : "1630262711942847929",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1630262711942847929",
      "created_at" : "Mon Feb 27 17:44:54 +0000 2023",
      "favorited" : false,
      "full_text" : "The first time you see Saturn's rings yourself, you'll never forget it. Find an astronomy club near you!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1629262290747191736"
          ],
          "editableUntil" : "2023-02-25T00:29:35.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "6",
      "id_str" : "1629262290747191736",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1629262290747191736",
      "created_at" : "Fri Feb 24 23:29:35 +0000 2023",
      "favorited" : false,
      "full_text" : "Snow on the ground reflects the streetlights so the sky is brighter. Pretty to look at, terrible for galaxies.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1629089405731266903"
          ],
          "editableUntil" : "2023-02-24T13:02:36.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "78"
      ],
      "favorite_count" : "14",
      "id_str" : "1629089405731266903",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1629089405731266903",
      "created_at" : "Fri Feb 24 12:02:36 +0000 2023",
      "favorited" : false,
      "full_text" : "Rain is forecast for the whole week. Time to plan next month's observing list!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1628129736390264215"
          ],
          "editableUntil" : "2023-02-21T21:29:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "9",
      "id_str" : "1628129736390264215",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1628129736390264215",
      "created_at" : "Tue Feb 21 20:29:13 +0000 2023",
      "favorited" : false,
      "full_text" : "Crescent Venus through the telescope! It has PHASES like the Moon and it blows my mind every time.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1627472056942534384"
          ],
          "editableUntil" : "2023-02-20T01:55:50.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "2",
      "id_str" : "1627472056942534384",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1627472056942534384",
      "created_at" : "Mon Feb 20 00:55:50 +0000 2023",
      "favorited" : false,
      "full_text" : "The council replied! They're fitting a shield! SMALL VICTORIES FOR DARK SKIES!!!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1627081701458197893"
          ],
          "editableUntil" : "2023-02-19T00:04:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "10",
      "id_str" : "1627081701458197893",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1627081701458197893",
      "created_at" : "Sat Feb 18 23:04:42 +0000 2023",
      "favorited" : false,
      "full_text" : "The neighbour's trampoline light display is probably visible from orbit. My poor dark sky.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1626750812814143354"
          ],
          "editableUntil" : "2023-02-18T02:09:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/jlZIdh431M",
            "expanded_url" : "https://ivostarfield.example.net/log/bertha-s-mirror-cleaning-step-by",
            "display_url" : "ivostarfield.example.ne…",
            "indices" : [
              "80",
              "103"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "5",
      "id_str" : "1626750812814143354",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1626750812814143354",
      "possibly_sensitive" : false,
      "created_at" : "Sat Feb 18 01:09:52 +0000 2023",
      "favorited" : false,
      "full_text" : "Bertha's mirror cleaning, step by step. Nervous hands &amp; a very clean mirror https://t.co/jlZIdh431M",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1625831115192717377"
          ],
          "editableUntil" : "2023-02-15T13:15:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "100"
      ],
      "favorite_count" : "0",
      "id_str" : "1625831115192717377",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1625831115192717377",
      "created_at" : "Wed Feb 15 12:15:19 +0000 2023",
      "favorited" : false,
      "full_text" : "Bought a red torch so I don't ruin my night vision. Now I look like a tiny lighthouse in the garden.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1624541765172763474"
          ],
          "editableUntil" : "2023-02-11T23:51:54.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Tom Telescope Fan",
            "screen_name" : "tom_telescope_fan",
            "indices" : [
              "0",
              "18"
            ],
            "id_str" : "649787151725570266",
            "id" : "649787151725570266"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "19",
        "92"
      ],
      "favorite_count" : "6",
      "in_reply_to_status_id_str" : "1624535725372607767",
      "id_str" : "1624541765172763474",
      "in_reply_to_user_id" : "649787151725570266",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1624541765172763474",
      "in_reply_to_status_id" : "1624535725372607767",
      "created_at" : "Sat Feb 11 22:51:54 +0000 2023",
      "favorited" : false,
      "full_text" : "@tom_telescope_fan a 2x Barlow is fine to start with! Don't overspend on eyepieces early on.",
      "lang" : "en",
      "in_reply_to_screen_name" : "tom_telescope_fan",
      "in_reply_to_user_id_str" : "649787151725570266"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1623036895035256533"
          ],
          "editableUntil" : "2023-02-07T20:12:05.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "7",
      "id_str" : "1623036895035256533",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1623036895035256533",
      "created_at" : "Tue Feb 07 19:12:05 +0000 2023",
      "favorited" : false,
      "full_text" : "It's -4C in the garden and I can't feel my fingers but I just saw the Ring Nebula so WHO CARES",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1623018070999384610"
          ],
          "editableUntil" : "2023-02-07T18:57:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "9",
      "id_str" : "1623018070999384610",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1623018070999384610",
      "created_at" : "Tue Feb 07 17:57:17 +0000 2023",
      "favorited" : false,
      "full_text" : "Astronomy has made me a morning person, an evening person and a no-sleep person.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1621673704291668949"
          ],
          "editableUntil" : "2023-02-04T01:55:15.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "astrophotography",
            "indices" : [
              "87",
              "104"
            ]
          },
          {
            "text" : "astronomy",
            "indices" : [
              "105",
              "115"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/DM4rb36eLM",
            "expanded_url" : "https://ivostarfield.example.net/log/my-first-orion-nebula-photo-40",
            "display_url" : "ivostarfield.example.ne…",
            "indices" : [
              "63",
              "86"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "0",
      "id_str" : "1621673704291668949",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1621673704291668949",
      "possibly_sensitive" : false,
      "created_at" : "Sat Feb 04 00:55:15 +0000 2023",
      "favorited" : false,
      "full_text" : "My first Orion Nebula photo! 40 frames stacked &amp; processed https://t.co/DM4rb36eLM #astrophotography #astronomy",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1620210835914148394"
          ],
          "editableUntil" : "2023-01-31T01:02:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Tom Telescope Fan",
            "screen_name" : "tom_telescope_fan",
            "indices" : [
              "0",
              "18"
            ],
            "id_str" : "649787151725570266",
            "id" : "649787151725570266"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "19",
        "115"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1620209577623807057",
      "id_str" : "1620210835914148394",
      "in_reply_to_user_id" : "649787151725570266",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1620210835914148394",
      "in_reply_to_status_id" : "1620209577623807057",
      "created_at" : "Tue Jan 31 00:02:20 +0000 2023",
      "favorited" : false,
      "full_text" : "@tom_telescope_fan an 8 inch Dobsonian is the best first big scope in my opinion. Simple, no batteries, huge views!",
      "lang" : "en",
      "in_reply_to_screen_name" : "tom_telescope_fan",
      "in_reply_to_user_id_str" : "649787151725570266"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1617936524899421287"
          ],
          "editableUntil" : "2023-01-24T18:25:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "7",
      "id_str" : "1617936524899421287",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1617936524899421287",
      "created_at" : "Tue Jan 24 17:25:02 +0000 2023",
      "favorited" : false,
      "full_text" : "Moon at 94% tonight. Bright enough to cast shadows. Gorgeous, but galaxy hunting is cancelled.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1617130576806484174"
          ],
          "editableUntil" : "2023-01-22T13:02:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "120"
      ],
      "favorite_count" : "1",
      "id_str" : "1617130576806484174",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1617130576806484174",
      "created_at" : "Sun Jan 22 12:02:29 +0000 2023",
      "favorited" : false,
      "full_text" : "Tonight's Moon: a waning crescent at 5am, with earthshine making the dark part glow! Leonardo da Vinci figured that out!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1616614010517448071"
          ],
          "editableUntil" : "2023-01-21T02:49:50.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "107"
      ],
      "favorite_count" : "0",
      "id_str" : "1616614010517448071",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1616614010517448071",
      "created_at" : "Sat Jan 21 01:49:50 +0000 2023",
      "favorited" : false,
      "full_text" : "Planets visible right now: Venus at dusk, Jupiter high in the south, Saturn setting. Great time to look up!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1616610638299022337"
          ],
          "editableUntil" : "2023-01-21T02:36:26.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "127"
      ],
      "favorite_count" : "3",
      "id_str" : "1616610638299022337",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1616610638299022337",
      "created_at" : "Sat Jan 21 01:36:26 +0000 2023",
      "favorited" : false,
      "full_text" : "The street was so dark tonight I saw the Andromeda Galaxy with my NAKED EYE! Power cut on the whole road. Best power cut EVER!!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1616229774522241397"
          ],
          "editableUntil" : "2023-01-20T01:23:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Darksky Campaign Uk",
            "screen_name" : "darksky_campaign_uk",
            "indices" : [
              "3",
              "23"
            ],
            "id_str" : "1185643163758564064",
            "id" : "1185643163758564064"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "123"
      ],
      "favorite_count" : "0",
      "id_str" : "1616229774522241397",
      "truncated" : false,
      "retweet_count" : "30",
      "id" : "1616229774522241397",
      "created_at" : "Fri Jan 20 00:23:01 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @darksky_campaign_uk: Good news! Another town has switched to warm, shielded street lighting. The stars are coming back!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1615525798344918206"
          ],
          "editableUntil" : "2023-01-18T02:45:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "100"
      ],
      "favorite_count" : "0",
      "id_str" : "1615525798344918206",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1615525798344918206",
      "created_at" : "Wed Jan 18 01:45:40 +0000 2023",
      "favorited" : false,
      "full_text" : "Saw Albireo tonight: a gold star and a blue star side by side. The prettiest double star in the sky!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1615091666909019411"
          ],
          "editableUntil" : "2023-01-16T22:00:35.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "2",
      "id_str" : "1615091666909019411",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1615091666909019411",
      "created_at" : "Mon Jan 16 21:00:35 +0000 2023",
      "favorited" : false,
      "full_text" : "People ask \"what's the best telescope for a beginner?\" Honestly? Binoculars! Start with binoculars!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1614307751492429052"
          ],
          "editableUntil" : "2023-01-14T18:05:35.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "2",
      "id_str" : "1614307751492429052",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1614307751492429052",
      "created_at" : "Sat Jan 14 17:05:35 +0000 2023",
      "favorited" : false,
      "full_text" : "Cloudy again tonight. Of course.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1613881564067091592"
          ],
          "editableUntil" : "2023-01-13T13:52:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "9",
      "id_str" : "1613881564067091592",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1613881564067091592",
      "created_at" : "Fri Jan 13 12:52:04 +0000 2023",
      "favorited" : false,
      "full_text" : "Comet hunting at 5am, found nothing, but watched a gorgeous sunrise instead. Not a bad consolation prize!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1613686382130887067"
          ],
          "editableUntil" : "2023-01-13T00:56:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "4",
      "id_str" : "1613686382130887067",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1613686382130887067",
      "created_at" : "Thu Jan 12 23:56:29 +0000 2023",
      "favorited" : false,
      "full_text" : "Waxing crescent tonight. The terminator line through the eyepiece looks like you could walk along it!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1612278656269202713"
          ],
          "editableUntil" : "2023-01-09T03:42:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "102"
      ],
      "favorite_count" : "0",
      "id_str" : "1612278656269202713",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1612278656269202713",
      "created_at" : "Mon Jan 09 02:42:41 +0000 2023",
      "favorited" : false,
      "full_text" : "Perseids tonight!!! Blanket, flask, deckchair. Whole family's out in the garden. Best night of summer!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1612253033264807601"
          ],
          "editableUntil" : "2023-01-09T02:00:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "108"
      ],
      "favorite_count" : "1",
      "id_str" : "1612253033264807601",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1612253033264807601",
      "created_at" : "Mon Jan 09 01:00:52 +0000 2023",
      "favorited" : false,
      "full_text" : "Seeing was incredible tonight! Jupiter's festoons and little white ovals visible! I'm practically vibrating!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610139779331393895"
          ],
          "editableUntil" : "2023-01-03T06:03:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "5"
      ],
      "favorite_count" : "15",
      "id_str" : "1610139779331393895",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1610139779331393895",
      "created_at" : "Tue Jan 03 05:03:33 +0000 2023",
      "favorited" : false,
      "full_text" : "rain.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1609663977486964016"
          ],
          "editableUntil" : "2023-01-01T22:32:53.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "142"
      ],
      "favorite_count" : "5",
      "id_str" : "1609663977486964016",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1609663977486964016",
      "created_at" : "Sun Jan 01 21:32:53 +0000 2023",
      "favorited" : false,
      "full_text" : "The Andromeda Galaxy is 2.5 MILLION light years away and I saw it from my back garden tonight. Photons older than humanity hitting my eyeball!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1607284443969172957"
          ],
          "editableUntil" : "2022-12-26T08:57:28.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "112"
      ],
      "favorite_count" : "5",
      "id_str" : "1607284443969172957",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1607284443969172957",
      "created_at" : "Mon Dec 26 07:57:28 +0000 2022",
      "favorited" : false,
      "full_text" : "Fact: Uranus is tipped on its side, tilted about 98 degrees. Probably from a huge collision ages ago. Relatable.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1606861016399087780"
          ],
          "editableUntil" : "2022-12-25T04:54:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "106"
      ],
      "favorite_count" : "19",
      "id_str" : "1606861016399087780",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1606861016399087780",
      "created_at" : "Sun Dec 25 03:54:55 +0000 2022",
      "favorited" : false,
      "full_text" : "Late summer means the Milky Way core sits low in the south. Sagittarius! Scorpius! A teapot made of stars!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1605341562664109196"
          ],
          "editableUntil" : "2022-12-21T00:17:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "102"
      ],
      "favorite_count" : "0",
      "id_str" : "1605341562664109196",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1605341562664109196",
      "created_at" : "Tue Dec 20 23:17:09 +0000 2022",
      "favorited" : false,
      "full_text" : "Galileo saw Jupiter's moons in 1610 with a telescope worse than most modern binoculars. What a LEGEND!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1603629556826535330"
          ],
          "editableUntil" : "2022-12-16T06:54:15.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sarah Next Door 22",
            "screen_name" : "sarah_next_door_22",
            "indices" : [
              "0",
              "19"
            ],
            "id_str" : "1563042728339910601",
            "id" : "1563042728339910601"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "20",
        "96"
      ],
      "favorite_count" : "7",
      "in_reply_to_status_id_str" : "1603568907188479527",
      "id_str" : "1603629556826535330",
      "in_reply_to_user_id" : "1563042728339910601",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1603629556826535330",
      "in_reply_to_status_id" : "1603568907188479527",
      "created_at" : "Fri Dec 16 05:54:15 +0000 2022",
      "favorited" : false,
      "full_text" : "@sarah_next_door_22 sorry about the torch at 2am! I'll keep it pointed at the ground next time 😅",
      "lang" : "en",
      "in_reply_to_screen_name" : "sarah_next_door_22",
      "in_reply_to_user_id_str" : "1563042728339910601"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1603139913776671869"
          ],
          "editableUntil" : "2022-12-14T22:28:35.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Spacefacts Daily",
            "screen_name" : "spacefacts_daily",
            "indices" : [
              "3",
              "20"
            ],
            "id_str" : "836200564398065955",
            "id" : "836200564398065955"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "120"
      ],
      "favorite_count" : "0",
      "id_str" : "1603139913776671869",
      "truncated" : false,
      "retweet_count" : "47",
      "id" : "1603139913776671869",
      "created_at" : "Wed Dec 14 21:28:35 +0000 2022",
      "favorited" : false,
      "full_text" : "RT @spacefacts_daily: The footprints left on the Moon could last millions of years, since there's no wind to erase them.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1602894693792687097"
          ],
          "editableUntil" : "2022-12-14T06:14:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Darksky Campaign Uk",
            "screen_name" : "darksky_campaign_uk",
            "indices" : [
              "0",
              "20"
            ],
            "id_str" : "1185643163758564064",
            "id" : "1185643163758564064"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "21",
        "114"
      ],
      "favorite_count" : "7",
      "in_reply_to_status_id_str" : "1602781950902255686",
      "id_str" : "1602894693792687097",
      "in_reply_to_user_id" : "1185643163758564064",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1602894693792687097",
      "in_reply_to_status_id" : "1602781950902255686",
      "created_at" : "Wed Dec 14 05:14:10 +0000 2022",
      "favorited" : false,
      "full_text" : "@darksky_campaign_uk three easy steps and yet my neighbour has a floodlight on a motion sensor triggered by moths.",
      "lang" : "en",
      "in_reply_to_screen_name" : "darksky_campaign_uk",
      "in_reply_to_user_id_str" : "1185643163758564064"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1600547070541176791"
          ],
          "editableUntil" : "2022-12-07T18:45:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "83"
      ],
      "favorite_count" : "0",
      "id_str" : "1600547070541176791",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1600547070541176791",
      "created_at" : "Wed Dec 07 17:45:33 +0000 2022",
      "favorited" : false,
      "full_text" : "Best question from the school star night: \"Is the Moon following us?\" Kind of, yes!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1599737787972766043"
          ],
          "editableUntil" : "2022-12-05T13:09:45.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "conjunction",
            "indices" : [
              "82",
              "94"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/tj1DDlblpi",
            "expanded_url" : "https://ivostarfield.example.net/log/venus-and-jupiter-conjunction-taken-from",
            "display_url" : "ivostarfield.example.ne…",
            "indices" : [
              "58",
              "81"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "15",
      "id_str" : "1599737787972766043",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1599737787972766043",
      "possibly_sensitive" : false,
      "created_at" : "Mon Dec 05 12:09:45 +0000 2022",
      "favorited" : false,
      "full_text" : "Venus &amp; Jupiter conjunction, taken from the back step https://t.co/tj1DDlblpi #conjunction",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1599583257229643325"
          ],
          "editableUntil" : "2022-12-05T02:55:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "10",
      "id_str" : "1599583257229643325",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1599583257229643325",
      "created_at" : "Mon Dec 05 01:55:42 +0000 2022",
      "favorited" : false,
      "full_text" : "Fact: Olympus Mons on Mars is about 22 km high. That's nearly three Everests stacked up!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1599556824726252553"
          ],
          "editableUntil" : "2022-12-05T01:10:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "6",
      "id_str" : "1599556824726252553",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1599556824726252553",
      "created_at" : "Mon Dec 05 00:10:40 +0000 2022",
      "favorited" : false,
      "full_text" : "Mars at opposition! Closest it gets for two years! Saw the polar ice cap for the first time EVER!!!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1599516920119522954"
          ],
          "editableUntil" : "2022-12-04T22:32:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "5",
      "id_str" : "1599516920119522954",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1599516920119522954",
      "created_at" : "Sun Dec 04 21:32:06 +0000 2022",
      "favorited" : false,
      "full_text" : "If you've never looked at the Moon through binoculars, do it tonight! Even cheap ones show craters!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1598757616875237855"
          ],
          "editableUntil" : "2022-12-02T20:14:54.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "3",
      "id_str" : "1598757616875237855",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1598757616875237855",
      "created_at" : "Fri Dec 02 19:14:54 +0000 2022",
      "favorited" : false,
      "full_text" : "5am planet parade: SUCCESS. Venus, Mars, Jupiter, Saturn all strung along one line! Worth every yawn!!!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1598010649084042196"
          ],
          "editableUntil" : "2022-11-30T18:46:43.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "3",
      "id_str" : "1598010649084042196",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1598010649084042196",
      "created_at" : "Wed Nov 30 17:46:43 +0000 2022",
      "favorited" : false,
      "full_text" : "Lunar X visible tonight! A little X-shaped pattern of light on the Moon that only lasts a few hours! Caught it!!!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1596641758278866893"
          ],
          "editableUntil" : "2022-11-27T00:07:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "astrophotography",
            "indices" : [
              "93",
              "110"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/KnA3cQEf3u",
            "expanded_url" : "https://ivostarfield.example.net/log/andromeda-galaxy-stacked-from-60-exposures",
            "display_url" : "ivostarfield.example.ne…",
            "indices" : [
              "69",
              "92"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "4",
      "id_str" : "1596641758278866893",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1596641758278866893",
      "possibly_sensitive" : false,
      "created_at" : "Sat Nov 26 23:07:14 +0000 2022",
      "favorited" : false,
      "full_text" : "Andromeda Galaxy stacked from 60 exposures. I CAN SEE THE DUST LANES https://t.co/KnA3cQEf3u #astrophotography",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1595173571527612275"
          ],
          "editableUntil" : "2022-11-22T22:53:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "72"
      ],
      "favorite_count" : "16",
      "id_str" : "1595173571527612275",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1595173571527612275",
      "created_at" : "Tue Nov 22 21:53:11 +0000 2022",
      "favorited" : false,
      "full_text" : "Packed the car for the dark sky weekend: 2 telescopes, 3 coats, 0 sense.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1594599337753903646"
          ],
          "editableUntil" : "2022-11-21T08:51:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "moon",
            "indices" : [
              "88",
              "93"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/iGOKnsVpKz",
            "expanded_url" : "https://ivostarfield.example.net/log/lunar-x-caught-tonight-only-visible",
            "display_url" : "ivostarfield.example.ne…",
            "indices" : [
              "64",
              "87"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "5",
      "id_str" : "1594599337753903646",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1594599337753903646",
      "possibly_sensitive" : false,
      "created_at" : "Mon Nov 21 07:51:23 +0000 2022",
      "favorited" : false,
      "full_text" : "Lunar X caught tonight! Only visible for a few hours each month https://t.co/iGOKnsVpKz #moon",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1593814688331359694"
          ],
          "editableUntil" : "2022-11-19T04:53:28.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Spacefacts Daily",
            "screen_name" : "spacefacts_daily",
            "indices" : [
              "3",
              "20"
            ],
            "id_str" : "836200564398065955",
            "id" : "836200564398065955"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "0",
      "id_str" : "1593814688331359694",
      "truncated" : false,
      "retweet_count" : "73",
      "id" : "1593814688331359694",
      "created_at" : "Sat Nov 19 03:53:28 +0000 2022",
      "favorited" : false,
      "full_text" : "RT @spacefacts_daily: A teaspoon of neutron star material would weigh about a billion tonnes.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1591895244798726910"
          ],
          "editableUntil" : "2022-11-13T21:46:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "104"
      ],
      "favorite_count" : "4",
      "id_str" : "1591895244798726910",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1591895244798726910",
      "created_at" : "Sun Nov 13 20:46:17 +0000 2022",
      "favorited" : false,
      "full_text" : "There's a comet up right now and I found it in binoculars! A fuzzy green blob with a faint tail! GREEN!!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1591545150437399717"
          ],
          "editableUntil" : "2022-11-12T22:35:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "79"
      ],
      "favorite_count" : "2",
      "id_str" : "1591545150437399717",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1591545150437399717",
      "created_at" : "Sat Nov 12 21:35:08 +0000 2022",
      "favorited" : false,
      "full_text" : "Why do the clearest nights always happen on a Tuesday when I have work at 7am??",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1590483274300038358"
          ],
          "editableUntil" : "2022-11-10T00:15:37.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "108"
      ],
      "favorite_count" : "2",
      "id_str" : "1590483274300038358",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1590483274300038358",
      "created_at" : "Wed Nov 09 23:15:37 +0000 2022",
      "favorited" : false,
      "full_text" : "Full Moon tonight means no faint galaxies for a few days. But the Moon itself is gorgeous, so I'll allow it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1587971079142255021"
          ],
          "editableUntil" : "2022-11-03T01:53:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "40"
      ],
      "favorite_count" : "8",
      "id_str" : "1587971079142255021",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1587971079142255021",
      "created_at" : "Thu Nov 03 00:53:03 +0000 2022",
      "favorited" : false,
      "full_text" : "Saturn is up! Go outside and look south!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1586148440144752522"
          ],
          "editableUntil" : "2022-10-29T01:10:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Lunar Lucy",
            "screen_name" : "lunar_lucy",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "840398264515302137",
            "id" : "840398264515302137"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "112"
      ],
      "favorite_count" : "0",
      "id_str" : "1586148440144752522",
      "truncated" : false,
      "retweet_count" : "128",
      "id" : "1586148440144752522",
      "created_at" : "Sat Oct 29 00:10:32 +0000 2022",
      "favorited" : false,
      "full_text" : "RT @lunar_lucy: The terminator tonight runs right through the Apennine mountains. Best lunar views of the month!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1585779362365768583"
          ],
          "editableUntil" : "2022-10-28T00:43:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "121"
      ],
      "favorite_count" : "24",
      "id_str" : "1585779362365768583",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1585779362365768583",
      "created_at" : "Thu Oct 27 23:43:57 +0000 2022",
      "favorited" : false,
      "full_text" : "Learned about Algol tonight: a star that dims every 2.87 days because another star passes in front of it! The Demon Star!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1584721298848875096"
          ],
          "editableUntil" : "2022-10-25T02:39:35.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "starparty",
            "indices" : [
              "90",
              "100"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/kC5uc8bclv",
            "expanded_url" : "https://ivostarfield.example.net/log/the-star-party-field-at-midnight",
            "display_url" : "ivostarfield.example.ne…",
            "indices" : [
              "66",
              "89"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "100"
      ],
      "favorite_count" : "53",
      "id_str" : "1584721298848875096",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1584721298848875096",
      "possibly_sensitive" : false,
      "created_at" : "Tue Oct 25 01:39:35 +0000 2022",
      "favorited" : false,
      "full_text" : "The star party field at midnight, red torches &amp; 20 telescopes https://t.co/kC5uc8bclv #starparty",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1584659944569717268"
          ],
          "editableUntil" : "2022-10-24T22:35:47.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "83"
      ],
      "favorite_count" : "2",
      "id_str" : "1584659944569717268",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1584659944569717268",
      "created_at" : "Mon Oct 24 21:35:47 +0000 2022",
      "favorited" : false,
      "full_text" : "Planet parade this week! Four planets in a row at dawn! Setting my alarm for 5am!!!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1583623943092533938"
          ],
          "editableUntil" : "2022-10-22T01:59:05.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "7",
      "id_str" : "1583623943092533938",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1583623943092533938",
      "created_at" : "Sat Oct 22 00:59:05 +0000 2022",
      "favorited" : false,
      "full_text" : "Getting my first proper astro camera next month. Time to empty my savings account and fill my hard drive!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1583203799661586424"
          ],
          "editableUntil" : "2022-10-20T22:09:35.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "106"
      ],
      "favorite_count" : "4",
      "id_str" : "1583203799661586424",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1583203799661586424",
      "created_at" : "Thu Oct 20 21:09:35 +0000 2022",
      "favorited" : false,
      "full_text" : "Forgot to let the telescope cool down. Everything looked like it was under water. Patience, Ivo. Patience.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1583143829503333916"
          ],
          "editableUntil" : "2022-10-20T18:11:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "2",
      "id_str" : "1583143829503333916",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1583143829503333916",
      "created_at" : "Thu Oct 20 17:11:17 +0000 2022",
      "favorited" : false,
      "full_text" : "The Moon tonight looks like a fingernail clipping hanging in the sky. Beautiful thin crescent!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1582528684490398521"
          ],
          "editableUntil" : "2022-10-19T01:26:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "77"
      ],
      "favorite_count" : "6",
      "id_str" : "1582528684490398521",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1582528684490398521",
      "created_at" : "Wed Oct 19 00:26:55 +0000 2022",
      "favorited" : false,
      "full_text" : "Clouds. Again. That's 11 nights in a row. I'm starting to take it personally.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1582111196054540676"
          ],
          "editableUntil" : "2022-10-17T21:47:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Comet Chaser Jen",
            "screen_name" : "comet_chaser_jen",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "1309245213415186834",
            "id" : "1309245213415186834"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "18",
        "78"
      ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "1581982598691819525",
      "id_str" : "1582111196054540676",
      "in_reply_to_user_id" : "1309245213415186834",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1582111196054540676",
      "in_reply_to_status_id" : "1581982598691819525",
      "created_at" : "Mon Oct 17 20:47:58 +0000 2022",
      "favorited" : false,
      "full_text" : "@comet_chaser_jen it came out green in my camera too! What an amazing visitor!",
      "lang" : "en",
      "in_reply_to_screen_name" : "comet_chaser_jen",
      "in_reply_to_user_id_str" : "1309245213415186834"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1582104367724615614"
          ],
          "editableUntil" : "2022-10-17T21:20:50.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "0",
      "id_str" : "1582104367724615614",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1582104367724615614",
      "created_at" : "Mon Oct 17 20:20:50 +0000 2022",
      "favorited" : false,
      "full_text" : "Polar alignment took me 45 minutes. The sky moved. I moved. Everything moved except my patience.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1581980761588448222"
          ],
          "editableUntil" : "2022-10-17T13:09:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "0",
      "id_str" : "1581980761588448222",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1581980761588448222",
      "created_at" : "Mon Oct 17 12:09:40 +0000 2022",
      "favorited" : false,
      "full_text" : "Fact: sunlight takes about 5 and a half hours to reach Pluto. Pluto gets its news very late.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1581846984260732136"
          ],
          "editableUntil" : "2022-10-17T04:18:05.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "1",
      "id_str" : "1581846984260732136",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1581846984260732136",
      "created_at" : "Mon Oct 17 03:18:05 +0000 2022",
      "favorited" : false,
      "full_text" : "The Moon was low and orange tonight. Everyone on the street was taking photos. Astronomy for all!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1580294726876179848"
          ],
          "editableUntil" : "2022-10-12T21:29:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "100"
      ],
      "favorite_count" : "3",
      "id_str" : "1580294726876179848",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1580294726876179848",
      "created_at" : "Wed Oct 12 20:29:58 +0000 2022",
      "favorited" : false,
      "full_text" : "Fact: one day on Jupiter lasts just under 10 hours! The fastest spinning planet in the solar system!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1580010944461942929"
          ],
          "editableUntil" : "2022-10-12T02:42:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "77"
      ],
      "favorite_count" : "20",
      "id_str" : "1580010944461942929",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1580010944461942929",
      "created_at" : "Wed Oct 12 01:42:19 +0000 2022",
      "favorited" : false,
      "full_text" : "Spotted Vesta in binoculars! Just a dot. But it's a dot that's a whole WORLD!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1579197488561949614"
          ],
          "editableUntil" : "2022-10-09T20:49:56.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "124"
      ],
      "favorite_count" : "6",
      "id_str" : "1579197488561949614",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1579197488561949614",
      "created_at" : "Sun Oct 09 19:49:56 +0000 2022",
      "favorited" : false,
      "full_text" : "Tried to photograph the Moon with my phone held up to the eyepiece. Got 47 photos of my own thumb and one great crater shot!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1578843854208275248"
          ],
          "editableUntil" : "2022-10-08T21:24:43.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "4",
      "id_str" : "1578843854208275248",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1578843854208275248",
      "created_at" : "Sat Oct 08 20:24:43 +0000 2022",
      "favorited" : false,
      "full_text" : "Moonrise tonight at 7:42pm, huge and orange on the horizon. The Moon illusion gets me every time!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1577556202880784832"
          ],
          "editableUntil" : "2022-10-05T08:08:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "69"
      ],
      "favorite_count" : "6",
      "id_str" : "1577556202880784832",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1577556202880784832",
      "created_at" : "Wed Oct 05 07:08:03 +0000 2022",
      "favorited" : false,
      "full_text" : "Fact: the Moon has moonquakes! Some of them last for over 10 minutes!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1576674912500708313"
          ],
          "editableUntil" : "2022-10-02T21:46:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Comet Chaser Jen",
            "screen_name" : "comet_chaser_jen",
            "indices" : [
              "3",
              "20"
            ],
            "id_str" : "1309245213415186834",
            "id" : "1309245213415186834"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "121"
      ],
      "favorite_count" : "0",
      "id_str" : "1576674912500708313",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1576674912500708313",
      "created_at" : "Sun Oct 02 20:46:07 +0000 2022",
      "favorited" : false,
      "full_text" : "RT @comet_chaser_jen: Found the comet in 10x50 binoculars this morning, low in the northeast. Faint but definitely there!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1575641616351877547"
          ],
          "editableUntil" : "2022-09-30T01:20:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "5",
      "id_str" : "1575641616351877547",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1575641616351877547",
      "created_at" : "Fri Sep 30 00:20:10 +0000 2022",
      "favorited" : false,
      "full_text" : "Set up the telescope at 9pm, clouds rolled in at 9:04. The universe has a sense of humour.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1575542790159461400"
          ],
          "editableUntil" : "2022-09-29T18:47:28.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "0",
      "id_str" : "1575542790159461400",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1575542790159461400",
      "created_at" : "Thu Sep 29 17:47:28 +0000 2022",
      "favorited" : false,
      "full_text" : "Tomorrow: CLEAR SKIES FORECAST! Tonight: charging every battery I own!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1575279962489649879"
          ],
          "editableUntil" : "2022-09-29T01:23:05.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "0",
      "id_str" : "1575279962489649879",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1575279962489649879",
      "created_at" : "Thu Sep 29 00:23:05 +0000 2022",
      "favorited" : false,
      "full_text" : "Finally spotted the Whirlpool Galaxy! M51! It was faint, like a ghostly smudge, but IT WAS THERE!!!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1574549419589646756"
          ],
          "editableUntil" : "2022-09-27T01:00:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "119"
      ],
      "favorite_count" : "1",
      "id_str" : "1574549419589646756",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1574549419589646756",
      "created_at" : "Tue Sep 27 00:00:10 +0000 2022",
      "favorited" : false,
      "full_text" : "My wife says Bertha the telescope has her own room in the house now. She's not wrong. It's a small room, but it's HERS.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1573438004525461621"
          ],
          "editableUntil" : "2022-09-23T23:23:48.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "perseids",
            "indices" : [
              "97",
              "106"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/ZLGOFiwwFz",
            "expanded_url" : "https://ivostarfield.example.net/log/meteor-count-results-43-hr-at",
            "display_url" : "ivostarfield.example.ne…",
            "indices" : [
              "73",
              "96"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "106"
      ],
      "favorite_count" : "10",
      "id_str" : "1573438004525461621",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1573438004525461621",
      "possibly_sensitive" : false,
      "created_at" : "Fri Sep 23 22:23:48 +0000 2022",
      "favorited" : false,
      "full_text" : "Meteor count results: 43/hr at peak, 67 total, 1 fireball! Full log here https://t.co/ZLGOFiwwFz #perseids",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1572757206070799977"
          ],
          "editableUntil" : "2022-09-22T02:18:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "109"
      ],
      "favorite_count" : "22",
      "id_str" : "1572757206070799977",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1572757206070799977",
      "created_at" : "Thu Sep 22 01:18:33 +0000 2022",
      "favorited" : false,
      "full_text" : "Neighbour's new floodlight is pointing straight at my garden. Time for a polite note. And maybe a tall fence.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1572402233736547180"
          ],
          "editableUntil" : "2022-09-21T02:48:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "3",
      "id_str" : "1572402233736547180",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1572402233736547180",
      "created_at" : "Wed Sep 21 01:48:01 +0000 2022",
      "favorited" : false,
      "full_text" : "AURORA ALERT!!! Kp 7 forecast tonight! Might be visible this far south! Everyone look north!!!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1571976897757384078"
          ],
          "editableUntil" : "2022-09-19T22:37:53.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "117"
      ],
      "favorite_count" : "2",
      "id_str" : "1571976897757384078",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1571976897757384078",
      "created_at" : "Mon Sep 19 21:37:53 +0000 2022",
      "favorited" : false,
      "full_text" : "Stars twinkle because of turbulence in our atmosphere. Astronomers call it \"seeing\" and tonight's seeing is TERRIBLE.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1569828776573074071"
          ],
          "editableUntil" : "2022-09-14T00:22:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "3",
      "id_str" : "1569828776573074071",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1569828776573074071",
      "created_at" : "Tue Sep 13 23:22:01 +0000 2022",
      "favorited" : false,
      "full_text" : "Spring galaxy season!!! Leo, Virgo, Coma Berenices. Hundreds of galaxies in one patch of sky!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1569507731964901330"
          ],
          "editableUntil" : "2022-09-13T03:06:18.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "102"
      ],
      "favorite_count" : "1",
      "id_str" : "1569507731964901330",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1569507731964901330",
      "created_at" : "Tue Sep 13 02:06:18 +0000 2022",
      "favorited" : false,
      "full_text" : "Tonight's challenge: split the Double Double in Lyra. Four stars in two pairs. Success on the 2nd try!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1569449011706513931"
          ],
          "editableUntil" : "2022-09-12T23:12:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "sun",
            "indices" : [
              "107",
              "111"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/LRm27q3ikW",
            "expanded_url" : "https://ivostarfield.example.net/log/sunspot-sketch-from-this-morning-with",
            "display_url" : "ivostarfield.example.ne…",
            "indices" : [
              "83",
              "106"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "111"
      ],
      "favorite_count" : "17",
      "id_str" : "1569449011706513931",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1569449011706513931",
      "possibly_sensitive" : false,
      "created_at" : "Mon Sep 12 22:12:58 +0000 2022",
      "favorited" : false,
      "full_text" : "Sunspot sketch from this morning with the solar filter (NEVER look without one!!!) https://t.co/LRm27q3ikW #sun",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1569202311135359309"
          ],
          "editableUntil" : "2022-09-12T06:52:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/RuBhtKk2KE",
            "expanded_url" : "https://ivostarfield.example.net/log/my-diy-dew-shield-made-from",
            "display_url" : "ivostarfield.example.ne…",
            "indices" : [
              "58",
              "81"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "10",
      "id_str" : "1569202311135359309",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1569202311135359309",
      "possibly_sensitive" : false,
      "created_at" : "Mon Sep 12 05:52:40 +0000 2022",
      "favorited" : false,
      "full_text" : "My DIY dew shield made from a camping mat &amp; duct tape https://t.co/RuBhtKk2KE",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1568398892202172324"
          ],
          "editableUntil" : "2022-09-10T01:40:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "0",
      "id_str" : "1568398892202172324",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1568398892202172324",
      "created_at" : "Sat Sep 10 00:40:10 +0000 2022",
      "favorited" : false,
      "full_text" : "The Hercules Cluster, the Ring Nebula and Albireo all in one night. The summer triple!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1568002115240945981"
          ],
          "editableUntil" : "2022-09-08T23:23:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "1",
      "id_str" : "1568002115240945981",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1568002115240945981",
      "created_at" : "Thu Sep 08 22:23:31 +0000 2022",
      "favorited" : false,
      "full_text" : "Frost covered every surface and the sky was PERFECT. Six hours outdoors. Feet now blocks of ice.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1567644743762227694"
          ],
          "editableUntil" : "2022-09-07T23:43:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "3",
      "id_str" : "1567644743762227694",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1567644743762227694",
      "created_at" : "Wed Sep 07 22:43:27 +0000 2022",
      "favorited" : false,
      "full_text" : "Fact: Pluto is smaller than our Moon! Still my favourite, though. Planet or not.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1566928000123752795"
          ],
          "editableUntil" : "2022-09-06T00:15:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "120"
      ],
      "favorite_count" : "0",
      "id_str" : "1566928000123752795",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1566928000123752795",
      "created_at" : "Mon Sep 05 23:15:22 +0000 2022",
      "favorited" : false,
      "full_text" : "Tonight I showed my mum the Moon through Bertha. She said \"oh!\" and went quiet for a long time. Best moment of the year.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1565901330972691021"
          ],
          "editableUntil" : "2022-09-03T04:15:45.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "8",
      "id_str" : "1565901330972691021",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1565901330972691021",
      "created_at" : "Sat Sep 03 03:15:45 +0000 2022",
      "favorited" : false,
      "full_text" : "Bortle 6 skies in my garden. If you know, you know. If you don't: it's not great.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1565481321759247186"
          ],
          "editableUntil" : "2022-09-02T00:26:47.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "0",
      "id_str" : "1565481321759247186",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1565481321759247186",
      "created_at" : "Thu Sep 01 23:26:47 +0000 2022",
      "favorited" : false,
      "full_text" : "Just heard an owl hooting while I was looking at the Owl Nebula. The universe is sending me signs.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1565072620387659463"
          ],
          "editableUntil" : "2022-08-31T21:22:45.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/9qxSrAwL7S",
            "expanded_url" : "https://ivostarfield.example.net/gallery/958",
            "display_url" : "ivostarfield.example.ne…",
            "indices" : [
              "0",
              "23"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "23"
      ],
      "favorite_count" : "0",
      "id_str" : "1565072620387659463",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1565072620387659463",
      "possibly_sensitive" : false,
      "created_at" : "Wed Aug 31 20:22:45 +0000 2022",
      "favorited" : false,
      "full_text" : "https://t.co/9qxSrAwL7S",
      "lang" : "zxx"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1563997540581534427"
          ],
          "editableUntil" : "2022-08-28T22:10:46.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "3",
      "id_str" : "1563997540581534427",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1563997540581534427",
      "created_at" : "Sun Aug 28 21:10:46 +0000 2022",
      "favorited" : false,
      "full_text" : "Fact: the Veil Nebula is the remains of a star that exploded somewhere around 10,000 years ago!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1563284370489483517"
          ],
          "editableUntil" : "2022-08-26T22:56:53.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/lYcB3MaMms",
            "expanded_url" : "https://ivostarfield.example.net/log/seeing-conditions-scale-explained-1-5",
            "display_url" : "ivostarfield.example.ne…",
            "indices" : [
              "60",
              "83"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "83"
      ],
      "favorite_count" : "1",
      "id_str" : "1563284370489483517",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1563284370489483517",
      "possibly_sensitive" : false,
      "created_at" : "Fri Aug 26 21:56:53 +0000 2022",
      "favorited" : false,
      "full_text" : "Seeing conditions scale explained: 1/5 = mush, 5/5 = HEAVEN https://t.co/lYcB3MaMms",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1562977167081559608"
          ],
          "editableUntil" : "2022-08-26T02:36:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Spacefacts Daily",
            "screen_name" : "spacefacts_daily",
            "indices" : [
              "3",
              "20"
            ],
            "id_str" : "836200564398065955",
            "id" : "836200564398065955"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "139"
      ],
      "favorite_count" : "0",
      "id_str" : "1562977167081559608",
      "truncated" : false,
      "retweet_count" : "64",
      "id" : "1562977167081559608",
      "created_at" : "Fri Aug 26 01:36:10 +0000 2022",
      "favorited" : false,
      "full_text" : "RT @spacefacts_daily: Saturn's main rings are astonishingly thin, in many places only about 10 metres thick, yet they span over 270,000 km.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1562536819688268587"
          ],
          "editableUntil" : "2022-08-24T21:26:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "108"
      ],
      "favorite_count" : "1",
      "id_str" : "1562536819688268587",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1562536819688268587",
      "created_at" : "Wed Aug 24 20:26:23 +0000 2022",
      "favorited" : false,
      "full_text" : "Uranus was discovered in 1781 by William Herschel, from his back garden in Bath! Backyard astronomers RULE!!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1562237631592417945"
          ],
          "editableUntil" : "2022-08-24T01:37:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "18",
      "id_str" : "1562237631592417945",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1562237631592417945",
      "created_at" : "Wed Aug 24 00:37:31 +0000 2022",
      "favorited" : false,
      "full_text" : "Perfect sky tonight but I've got a work deadline. Sitting at my desk looking out the window sadly.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1561870407697001102"
          ],
          "editableUntil" : "2022-08-23T01:18:18.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "5",
      "id_str" : "1561870407697001102",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1561870407697001102",
      "created_at" : "Tue Aug 23 00:18:18 +0000 2022",
      "favorited" : false,
      "full_text" : "Fact: Venus spins backwards compared to most planets. The Sun rises in the west there!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1561845271232207675"
          ],
          "editableUntil" : "2022-08-22T23:38:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "10",
      "id_str" : "1561845271232207675",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1561845271232207675",
      "created_at" : "Mon Aug 22 22:38:25 +0000 2022",
      "favorited" : false,
      "full_text" : "Clouds ruined the supermoon. Again. The Moon is very big and I can see none of it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1561765805947409527"
          ],
          "editableUntil" : "2022-08-22T18:22:39.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "126"
      ],
      "favorite_count" : "10",
      "id_str" : "1561765805947409527",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1561765805947409527",
      "created_at" : "Mon Aug 22 17:22:39 +0000 2022",
      "favorited" : false,
      "full_text" : "Lyrids peak tonight! Not as many as the Perseids, maybe 15 to 20 per hour, but people have been watching them for 2,700 years!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1561454387266509801"
          ],
          "editableUntil" : "2022-08-21T21:45:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Backyard Cosmos",
            "screen_name" : "backyard_cosmos",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "771948332159865953",
            "id" : "771948332159865953"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "17",
        "83"
      ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "1561360267082335859",
      "id_str" : "1561454387266509801",
      "in_reply_to_user_id" : "771948332159865953",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1561454387266509801",
      "in_reply_to_status_id" : "1561360267082335859",
      "created_at" : "Sun Aug 21 20:45:11 +0000 2022",
      "favorited" : false,
      "full_text" : "@backyard_cosmos YES!!! Saw them both from my garden, they looked amazing together!",
      "lang" : "en",
      "in_reply_to_screen_name" : "backyard_cosmos",
      "in_reply_to_user_id_str" : "771948332159865953"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1560501869214906320"
          ],
          "editableUntil" : "2022-08-19T06:40:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "79"
      ],
      "favorite_count" : "0",
      "id_str" : "1560501869214906320",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1560501869214906320",
      "created_at" : "Fri Aug 19 05:40:13 +0000 2022",
      "favorited" : false,
      "full_text" : "The Messier catalogue has 110 objects and I've now seen 73 of them! Closing in!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1558569196843962647"
          ],
          "editableUntil" : "2022-08-13T22:40:28.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "0",
      "id_str" : "1558569196843962647",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1558569196843962647",
      "created_at" : "Sat Aug 13 21:40:28 +0000 2022",
      "favorited" : false,
      "full_text" : "2am thoughts in the garden: every atom in my body was made in a star. Also my toes are cold.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1556109451460252941"
          ],
          "editableUntil" : "2022-08-07T03:46:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "2",
      "id_str" : "1556109451460252941",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1556109451460252941",
      "created_at" : "Sun Aug 07 02:46:19 +0000 2022",
      "favorited" : false,
      "full_text" : "Still buzzing from last night's aurora. Told everyone at work. They were politely interested.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1555999158040463713"
          ],
          "editableUntil" : "2022-08-06T20:28:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "0",
      "id_str" : "1555999158040463713",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1555999158040463713",
      "created_at" : "Sat Aug 06 19:28:03 +0000 2022",
      "favorited" : false,
      "full_text" : "Got home from work, sky was clear, set up in record time: 6 minutes! New personal best!!!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1555089824546103763"
          ],
          "editableUntil" : "2022-08-04T08:14:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "14"
      ],
      "favorite_count" : "3",
      "id_str" : "1555089824546103763",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1555089824546103763",
      "created_at" : "Thu Aug 04 07:14:41 +0000 2022",
      "favorited" : false,
      "full_text" : "frozen fingers",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1551392889503366208"
          ],
          "editableUntil" : "2022-07-25T03:24:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "124"
      ],
      "favorite_count" : "3",
      "id_str" : "1551392889503366208",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1551392889503366208",
      "created_at" : "Mon Jul 25 02:24:23 +0000 2022",
      "favorited" : false,
      "full_text" : "Fact: Jupiter is so big that over 1,300 Earths could fit inside it. And tonight I could see its cloud belts with my 8 inch!!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1550625029878745908"
          ],
          "editableUntil" : "2022-07-23T00:33:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/cYgRAt5Dfd",
            "expanded_url" : "https://ivostarfield.example.net/log/sketch-of-jupiter-at-the-eyepiece",
            "display_url" : "ivostarfield.example.ne…",
            "indices" : [
              "73",
              "96"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "8",
      "id_str" : "1550625029878745908",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1550625029878745908",
      "possibly_sensitive" : false,
      "created_at" : "Fri Jul 22 23:33:11 +0000 2022",
      "favorited" : false,
      "full_text" : "Sketch of Jupiter at the eyepiece. My art &lt; my astronomy, but I tried https://t.co/cYgRAt5Dfd",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1550250705024200535"
          ],
          "editableUntil" : "2022-07-21T23:45:45.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "107"
      ],
      "favorite_count" : "1",
      "id_str" : "1550250705024200535",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1550250705024200535",
      "created_at" : "Thu Jul 21 22:45:45 +0000 2022",
      "favorited" : false,
      "full_text" : "Light pollution update: neighbour installed a new security light. It's basically a second Sun. Pray for me.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1549522959729394016"
          ],
          "editableUntil" : "2022-07-19T23:33:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "9"
      ],
      "favorite_count" : "1",
      "id_str" : "1549522959729394016",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1549522959729394016",
      "created_at" : "Tue Jul 19 22:33:57 +0000 2022",
      "favorited" : false,
      "full_text" : "METEOR!!!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1548101489130381342"
          ],
          "editableUntil" : "2022-07-16T01:25:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "100"
      ],
      "favorite_count" : "18",
      "id_str" : "1548101489130381342",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1548101489130381342",
      "created_at" : "Sat Jul 16 00:25:32 +0000 2022",
      "favorited" : false,
      "full_text" : "Drew a sketch of Jupiter at the eyepiece. Looks like a striped egg. Art is hard, planets are harder.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1545598915705841864"
          ],
          "editableUntil" : "2022-07-09T03:41:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "8",
      "id_str" : "1545598915705841864",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1545598915705841864",
      "created_at" : "Sat Jul 09 02:41:12 +0000 2022",
      "favorited" : false,
      "full_text" : "Astronomy keeps me humble. I'm a tiny person on a tiny planet looking at a very, very big universe.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1545517680426055162"
          ],
          "editableUntil" : "2022-07-08T22:18:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "107"
      ],
      "favorite_count" : "6",
      "id_str" : "1545517680426055162",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1545517680426055162",
      "created_at" : "Fri Jul 08 21:18:24 +0000 2022",
      "favorited" : false,
      "full_text" : "The Moon was so bright tonight I could read by it. Couldn't see a single faint galaxy. Read a book instead.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1544505359989704206"
          ],
          "editableUntil" : "2022-07-06T03:15:48.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "104"
      ],
      "favorite_count" : "3",
      "id_str" : "1544505359989704206",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1544505359989704206",
      "created_at" : "Wed Jul 06 02:15:48 +0000 2022",
      "favorited" : false,
      "full_text" : "Lying on the grass looking up without any equipment at all. Sometimes that's the best kind of astronomy.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1544481028832027014"
          ],
          "editableUntil" : "2022-07-06T01:39:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "14"
      ],
      "favorite_count" : "1",
      "id_str" : "1544481028832027014",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1544481028832027014",
      "created_at" : "Wed Jul 06 00:39:07 +0000 2022",
      "favorited" : false,
      "full_text" : "CLEAR SKIES!!!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1543735537434772816"
          ],
          "editableUntil" : "2022-07-04T00:16:48.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "102"
      ],
      "favorite_count" : "8",
      "id_str" : "1543735537434772816",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1543735537434772816",
      "created_at" : "Sun Jul 03 23:16:48 +0000 2022",
      "favorited" : false,
      "full_text" : "The Virgo Cluster has over 1,000 galaxies. I found 8 tonight. I'll need more nights. Many more nights.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1542987147769006269"
          ],
          "editableUntil" : "2022-07-01T22:42:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "4"
      ],
      "favorite_count" : "11",
      "id_str" : "1542987147769006269",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1542987147769006269",
      "created_at" : "Fri Jul 01 21:42:58 +0000 2022",
      "favorited" : false,
      "full_text" : "brrr",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1542320219881687413"
          ],
          "editableUntil" : "2022-06-30T02:32:50.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "0",
      "id_str" : "1542320219881687413",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1542320219881687413",
      "created_at" : "Thu Jun 30 01:32:50 +0000 2022",
      "favorited" : false,
      "full_text" : "The Sun has an 11-year activity cycle and we're heading toward the peak! More sunspots, more auroras!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1541755880473476927"
          ],
          "editableUntil" : "2022-06-28T13:10:21.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "9",
      "id_str" : "1541755880473476927",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1541755880473476927",
      "created_at" : "Tue Jun 28 12:10:21 +0000 2022",
      "favorited" : false,
      "full_text" : "Cloudy Lyrids. Cloudy Eta Aquariids. Cloudy everything. Spring around here is a meteor graveyard.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1541595024717403261"
          ],
          "editableUntil" : "2022-06-28T02:31:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "116"
      ],
      "favorite_count" : "6",
      "id_str" : "1541595024717403261",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1541595024717403261",
      "created_at" : "Tue Jun 28 01:31:10 +0000 2022",
      "favorited" : false,
      "full_text" : "Went to a dark sky site 2 hours away. The Milky Way was so bright it looked like a cloud. I may have cried a little.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1541535679510207106"
          ],
          "editableUntil" : "2022-06-27T22:35:21.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "130"
      ],
      "favorite_count" : "0",
      "id_str" : "1541535679510207106",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1541535679510207106",
      "created_at" : "Mon Jun 27 21:35:21 +0000 2022",
      "favorited" : false,
      "full_text" : "JUPITER TONIGHT!!! All four Galilean moons lined up like ducks. Io, Europa, Ganymede, Callisto. I nearly screamed into the garden!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1540881707824569930"
          ],
          "editableUntil" : "2022-06-26T03:16:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Aurora Alerts Uk",
            "screen_name" : "aurora_alerts_uk",
            "indices" : [
              "3",
              "20"
            ],
            "id_str" : "1325696668320764196",
            "id" : "1325696668320764196"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "127"
      ],
      "favorite_count" : "0",
      "id_str" : "1540881707824569930",
      "truncated" : false,
      "retweet_count" : "52",
      "id" : "1540881707824569930",
      "created_at" : "Sun Jun 26 02:16:42 +0000 2022",
      "favorited" : false,
      "full_text" : "RT @aurora_alerts_uk: Strong geomagnetic activity expected tonight. Aurora may be visible further south than usual. Look north!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1540751957031971199"
          ],
          "editableUntil" : "2022-06-25T18:41:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "0",
      "id_str" : "1540751957031971199",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1540751957031971199",
      "created_at" : "Sat Jun 25 17:41:07 +0000 2022",
      "favorited" : false,
      "full_text" : "Made hot chocolate, set up the scope, got comfy in the garden chair. Clouds immediately. Of course.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1538667484413407517"
          ],
          "editableUntil" : "2022-06-20T00:38:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "3",
      "id_str" : "1538667484413407517",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1538667484413407517",
      "created_at" : "Sun Jun 19 23:38:10 +0000 2022",
      "favorited" : false,
      "full_text" : "Supermoons only look about 7% bigger than an average full Moon. But I still love them!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1537589439234949074"
          ],
          "editableUntil" : "2022-06-17T01:14:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "1",
      "id_str" : "1537589439234949074",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1537589439234949074",
      "created_at" : "Fri Jun 17 00:14:24 +0000 2022",
      "favorited" : false,
      "full_text" : "Goodnight and clear skies, everyone!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1537151511950299027"
          ],
          "editableUntil" : "2022-06-15T20:14:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "4"
      ],
      "favorite_count" : "0",
      "id_str" : "1537151511950299027",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1537151511950299027",
      "created_at" : "Wed Jun 15 19:14:14 +0000 2022",
      "favorited" : false,
      "full_text" : "fog.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1536847936617929765"
          ],
          "editableUntil" : "2022-06-15T00:07:56.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "71"
      ],
      "favorite_count" : "4",
      "id_str" : "1536847936617929765",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1536847936617929765",
      "created_at" : "Tue Jun 14 23:07:56 +0000 2022",
      "favorited" : false,
      "full_text" : "Dark adaptation ruined by my own phone screen. I am my own worst enemy.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1536481782268872762"
          ],
          "editableUntil" : "2022-06-13T23:52:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "1",
      "id_str" : "1536481782268872762",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1536481782268872762",
      "created_at" : "Mon Jun 13 22:52:58 +0000 2022",
      "favorited" : false,
      "full_text" : "Got a star tracker mount. Long exposure photos here I come!! (After reading the 80 page manual.)",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1536468545044958513"
          ],
          "editableUntil" : "2022-06-13T23:00:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "77"
      ],
      "favorite_count" : "1",
      "id_str" : "1536468545044958513",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1536468545044958513",
      "created_at" : "Mon Jun 13 22:00:22 +0000 2022",
      "favorited" : false,
      "full_text" : "Clouds part for exactly 4 minutes. I find Saturn. Clouds close. I'll take it!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1535713352220694907"
          ],
          "editableUntil" : "2022-06-11T20:59:30.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "107"
      ],
      "favorite_count" : "11",
      "id_str" : "1535713352220694907",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1535713352220694907",
      "created_at" : "Sat Jun 11 19:59:30 +0000 2022",
      "favorited" : false,
      "full_text" : "Sky is perfectly clear, I have a day off tomorrow, and the Moon sets at 10pm. This is the DREAM scenario!!!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1535602756809861753"
          ],
          "editableUntil" : "2022-06-11T13:40:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "0",
      "id_str" : "1535602756809861753",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1535602756809861753",
      "created_at" : "Sat Jun 11 12:40:02 +0000 2022",
      "favorited" : false,
      "full_text" : "Wishing for clear skies is my full-time hobby. Actually observing is the part-time bit.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1534688046216532691"
          ],
          "editableUntil" : "2022-06-09T01:05:18.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "100"
      ],
      "favorite_count" : "0",
      "id_str" : "1534688046216532691",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1534688046216532691",
      "created_at" : "Thu Jun 09 00:05:18 +0000 2022",
      "favorited" : false,
      "full_text" : "My telescope is an 8 inch Dobsonian called Bertha and she has never let me down. Unlike the weather.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1532856922145253558"
          ],
          "editableUntil" : "2022-06-03T23:49:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "59"
      ],
      "favorite_count" : "1",
      "id_str" : "1532856922145253558",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1532856922145253558",
      "created_at" : "Fri Jun 03 22:49:04 +0000 2022",
      "favorited" : false,
      "full_text" : "Tonight: 12 Messier objects in 3 hours. My personal record!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1528915366903192449"
          ],
          "editableUntil" : "2022-05-24T02:46:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "100"
      ],
      "favorite_count" : "22",
      "id_str" : "1528915366903192449",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1528915366903192449",
      "created_at" : "Tue May 24 01:46:44 +0000 2022",
      "favorited" : false,
      "full_text" : "Great Red Spot was visible tonight for about 40 minutes before it rotated out of view. What a treat!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1527470697611180252"
          ],
          "editableUntil" : "2022-05-20T03:06:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "2"
      ],
      "favorite_count" : "0",
      "id_str" : "1527470697611180252",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1527470697611180252",
      "created_at" : "Fri May 20 02:06:08 +0000 2022",
      "favorited" : false,
      "full_text" : "🔭✨",
      "lang" : "und"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1527466461364425876"
          ],
          "editableUntil" : "2022-05-20T02:49:18.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "100"
      ],
      "favorite_count" : "3",
      "id_str" : "1527466461364425876",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1527466461364425876",
      "created_at" : "Fri May 20 01:49:18 +0000 2022",
      "favorited" : false,
      "full_text" : "My daughter found Cassiopeia all by herself tonight!!! The W shape! I'm the proudest dad on Earth!!!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1527111866513822700"
          ],
          "editableUntil" : "2022-05-19T03:20:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "5",
      "id_str" : "1527111866513822700",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1527111866513822700",
      "created_at" : "Thu May 19 02:20:16 +0000 2022",
      "favorited" : false,
      "full_text" : "Dew heater arrived! No more fogged-up lenses at 1am! Best 30 quid I've spent all year.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1526744307072153202"
          ],
          "editableUntil" : "2022-05-18T02:59:43.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "78"
      ],
      "favorite_count" : "0",
      "id_str" : "1526744307072153202",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1526744307072153202",
      "created_at" : "Wed May 18 01:59:43 +0000 2022",
      "favorited" : false,
      "full_text" : "Dream trip: the Atacama Desert. Some of the darkest skies on Earth. One day!!!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1526247319796208930"
          ],
          "editableUntil" : "2022-05-16T18:04:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Tom Telescope Fan",
            "screen_name" : "tom_telescope_fan",
            "indices" : [
              "0",
              "18"
            ],
            "id_str" : "649787151725570266",
            "id" : "649787151725570266"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "19",
        "96"
      ],
      "favorite_count" : "6",
      "in_reply_to_status_id_str" : "1526230710354840065",
      "id_str" : "1526247319796208930",
      "in_reply_to_user_id" : "649787151725570266",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1526247319796208930",
      "in_reply_to_status_id" : "1526230710354840065",
      "created_at" : "Mon May 16 17:04:52 +0000 2022",
      "favorited" : false,
      "full_text" : "@tom_telescope_fan start with the Moon and Jupiter, then try the Orion Nebula. You'll be hooked!",
      "lang" : "en",
      "in_reply_to_screen_name" : "tom_telescope_fan",
      "in_reply_to_user_id_str" : "649787151725570266"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1525295477029891204"
          ],
          "editableUntil" : "2022-05-14T03:02:35.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "3",
      "id_str" : "1525295477029891204",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1525295477029891204",
      "created_at" : "Sat May 14 02:02:35 +0000 2022",
      "favorited" : false,
      "full_text" : "Ordered a new star chart. The old one has a coffee stain over the whole of Cassiopeia.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1525093080889555224"
          ],
          "editableUntil" : "2022-05-13T13:38:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "18",
      "id_str" : "1525093080889555224",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1525093080889555224",
      "created_at" : "Fri May 13 12:38:20 +0000 2022",
      "favorited" : false,
      "full_text" : "Fact: the light you see from some stars left them before the pyramids were built!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1524152235588223695"
          ],
          "editableUntil" : "2022-05-10T23:19:45.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "3"
      ],
      "favorite_count" : "0",
      "id_str" : "1524152235588223695",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1524152235588223695",
      "created_at" : "Tue May 10 22:19:45 +0000 2022",
      "favorited" : false,
      "full_text" : "ugh",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1523539326139108806"
          ],
          "editableUntil" : "2022-05-09T06:44:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "109"
      ],
      "favorite_count" : "8",
      "id_str" : "1523539326139108806",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1523539326139108806",
      "created_at" : "Mon May 09 05:44:16 +0000 2022",
      "favorited" : false,
      "full_text" : "The Double Cluster in Perseus through a wide-field eyepiece is like someone spilled diamonds on black velvet!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1523495898316796325"
          ],
          "editableUntil" : "2022-05-09T03:51:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Aurora Alerts Uk",
            "screen_name" : "aurora_alerts_uk",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "1325696668320764196",
            "id" : "1325696668320764196"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "18",
        "68"
      ],
      "favorite_count" : "7",
      "in_reply_to_status_id_str" : "1523363274421591395",
      "id_str" : "1523495898316796325",
      "in_reply_to_user_id" : "1325696668320764196",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1523495898316796325",
      "in_reply_to_status_id" : "1523363274421591395",
      "created_at" : "Mon May 09 02:51:42 +0000 2022",
      "favorited" : false,
      "full_text" : "@aurora_alerts_uk nooo, I was just setting up the camera! Next time!",
      "lang" : "en",
      "in_reply_to_screen_name" : "aurora_alerts_uk",
      "in_reply_to_user_id_str" : "1325696668320764196"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1522700276594971315"
          ],
          "editableUntil" : "2022-05-06T23:10:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "0",
      "id_str" : "1522700276594971315",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1522700276594971315",
      "created_at" : "Fri May 06 22:10:11 +0000 2022",
      "favorited" : false,
      "full_text" : "A thermos of tea is the most important piece of astronomy equipment. Telescope is a close second.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1522371946479035942"
          ],
          "editableUntil" : "2022-05-06T01:25:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "moonphases",
            "indices" : [
              "97",
              "108"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/93ApvaNATD",
            "expanded_url" : "https://ivostarfield.example.net/log/moon-phase-calendar-for-the-month",
            "display_url" : "ivostarfield.example.ne…",
            "indices" : [
              "73",
              "96"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "108"
      ],
      "favorite_count" : "2",
      "id_str" : "1522371946479035942",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1522371946479035942",
      "possibly_sensitive" : false,
      "created_at" : "Fri May 06 00:25:31 +0000 2022",
      "favorited" : false,
      "full_text" : "Moon phase calendar for the month, print it &amp; stick it on the fridge https://t.co/93ApvaNATD #moonphases",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1522326836739504919"
          ],
          "editableUntil" : "2022-05-05T22:26:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "4"
      ],
      "favorite_count" : "9",
      "id_str" : "1522326836739504919",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1522326836739504919",
      "created_at" : "Thu May 05 21:26:16 +0000 2022",
      "favorited" : false,
      "full_text" : "sigh",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1521642926113409453"
          ],
          "editableUntil" : "2022-05-04T01:08:39.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "83"
      ],
      "favorite_count" : "8",
      "id_str" : "1521642926113409453",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1521642926113409453",
      "created_at" : "Wed May 04 00:08:39 +0000 2022",
      "favorited" : false,
      "full_text" : "If astronomy has taught me anything, it's that patience is measured in light years.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1521631244975475119"
          ],
          "editableUntil" : "2022-05-04T00:22:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "0",
      "id_str" : "1521631244975475119",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1521631244975475119",
      "created_at" : "Tue May 03 23:22:14 +0000 2022",
      "favorited" : false,
      "full_text" : "Fact: a day on Venus is longer than a year on Venus. Planets are WEIRD and I love them!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1520597244179660400"
          ],
          "editableUntil" : "2022-05-01T03:53:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "100"
      ],
      "favorite_count" : "5",
      "id_str" : "1520597244179660400",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1520597244179660400",
      "created_at" : "Sun May 01 02:53:29 +0000 2022",
      "favorited" : false,
      "full_text" : "Jupiter and Venus almost touching in the western sky tonight! A conjunction! Go outside RIGHT NOW!!!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1520506152289036155"
          ],
          "editableUntil" : "2022-04-30T21:51:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "132"
      ],
      "favorite_count" : "16",
      "id_str" : "1520506152289036155",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1520506152289036155",
      "created_at" : "Sat Apr 30 20:51:31 +0000 2022",
      "favorited" : false,
      "full_text" : "First attempt at astrophotography: 40 photos of blurry streaks. Second attempt: 40 photos of slightly less blurry streaks. PROGRESS!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1520495268069358590"
          ],
          "editableUntil" : "2022-04-30T21:08:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "8"
      ],
      "favorite_count" : "9",
      "id_str" : "1520495268069358590",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1520495268069358590",
      "created_at" : "Sat Apr 30 20:08:16 +0000 2022",
      "favorited" : false,
      "full_text" : "eyes up!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1520448195396559522"
          ],
          "editableUntil" : "2022-04-30T18:01:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Lunar Lucy",
            "screen_name" : "lunar_lucy",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "840398264515302137",
            "id" : "840398264515302137"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "12",
        "80"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1520393333898211453",
      "id_str" : "1520448195396559522",
      "in_reply_to_user_id" : "840398264515302137",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1520448195396559522",
      "in_reply_to_status_id" : "1520393333898211453",
      "created_at" : "Sat Apr 30 17:01:13 +0000 2022",
      "favorited" : false,
      "full_text" : "@lunar_lucy the Apennines were INCREDIBLE tonight, thank you for the heads up!!!",
      "lang" : "en",
      "in_reply_to_screen_name" : "lunar_lucy",
      "in_reply_to_user_id_str" : "840398264515302137"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1519215376201455439"
          ],
          "editableUntil" : "2022-04-27T08:22:26.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "8",
      "id_str" : "1519215376201455439",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1519215376201455439",
      "created_at" : "Wed Apr 27 07:22:26 +0000 2022",
      "favorited" : false,
      "full_text" : "Astronomy club meeting tonight! Talk on variable stars. I'm bringing biscuits and too many questions.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1518060084524269250"
          ],
          "editableUntil" : "2022-04-24T03:51:43.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "72"
      ],
      "favorite_count" : "3",
      "id_str" : "1518060084524269250",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1518060084524269250",
      "created_at" : "Sun Apr 24 02:51:43 +0000 2022",
      "favorited" : false,
      "full_text" : "Now I want a 16 inch telescope. My wife says no. My garden also says no.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1517609574332711756"
          ],
          "editableUntil" : "2022-04-22T22:01:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Maya Loves Mars",
            "screen_name" : "maya_loves_mars",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "1158610391545559761",
            "id" : "1158610391545559761"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "17",
        "86"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1517474433860155200",
      "id_str" : "1517609574332711756",
      "in_reply_to_user_id" : "1158610391545559761",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1517609574332711756",
      "in_reply_to_status_id" : "1517474433860155200",
      "created_at" : "Fri Apr 22 21:01:33 +0000 2022",
      "favorited" : false,
      "full_text" : "@maya_loves_mars Mars is the orange dot low in the east after 10pm! You can't miss it!",
      "lang" : "en",
      "in_reply_to_screen_name" : "maya_loves_mars",
      "in_reply_to_user_id_str" : "1158610391545559761"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1516174015070560381"
          ],
          "editableUntil" : "2022-04-18T22:57:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "3",
      "id_str" : "1516174015070560381",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1516174015070560381",
      "created_at" : "Mon Apr 18 21:57:09 +0000 2022",
      "favorited" : false,
      "full_text" : "Cold front coming in means crystal clear sky tonight. Also -6C. Layering up like an onion!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1515790370469674940"
          ],
          "editableUntil" : "2022-04-17T21:32:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "0",
      "id_str" : "1515790370469674940",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1515790370469674940",
      "created_at" : "Sun Apr 17 20:32:41 +0000 2022",
      "favorited" : false,
      "full_text" : "Building a little observatory shed in the garden. Currently it's a pile of wood and a dream.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1515478163256489741"
          ],
          "editableUntil" : "2022-04-17T00:52:05.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "11",
      "id_str" : "1515478163256489741",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1515478163256489741",
      "created_at" : "Sat Apr 16 23:52:05 +0000 2022",
      "favorited" : false,
      "full_text" : "Sunday morning solar session! 4 sunspot groups, all through the proper filter. The Sun is BUSY!!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1515477873852980540"
          ],
          "editableUntil" : "2022-04-17T00:50:56.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "111"
      ],
      "favorite_count" : "13",
      "id_str" : "1515477873852980540",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1515477873852980540",
      "created_at" : "Sat Apr 16 23:50:56 +0000 2022",
      "favorited" : false,
      "full_text" : "The crater Copernicus is 93 km wide. Tonight the shadows inside it looked like a tiny mountain range. STUNNING!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1514845704157722285"
          ],
          "editableUntil" : "2022-04-15T06:58:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "107"
      ],
      "favorite_count" : "7",
      "id_str" : "1514845704157722285",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1514845704157722285",
      "created_at" : "Fri Apr 15 05:58:55 +0000 2022",
      "favorited" : false,
      "full_text" : "Bought a zero gravity chair for meteor watching. My neck thanks me. My back thanks me. My neighbours stare.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1514722060271135824"
          ],
          "editableUntil" : "2022-04-14T22:47:36.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "117"
      ],
      "favorite_count" : "6",
      "id_str" : "1514722060271135824",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1514722060271135824",
      "created_at" : "Thu Apr 14 21:47:36 +0000 2022",
      "favorited" : false,
      "full_text" : "Up at 5am to catch Mercury low in the east before sunrise. Caught it for 6 minutes. Mercury is elusive and I love it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1514012962846139273"
          ],
          "editableUntil" : "2022-04-12T23:49:54.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Astro Club North",
            "screen_name" : "astro_club_north",
            "indices" : [
              "3",
              "20"
            ],
            "id_str" : "423620345999708327",
            "id" : "423620345999708327"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "0",
      "id_str" : "1514012962846139273",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1514012962846139273",
      "created_at" : "Tue Apr 12 22:49:54 +0000 2022",
      "favorited" : false,
      "full_text" : "RT @astro_club_north: Telescope clinic next Saturday! Bring your scope and we'll help with collimation and setup.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1512700552542522988"
          ],
          "editableUntil" : "2022-04-09T08:54:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "5",
      "id_str" : "1512700552542522988",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1512700552542522988",
      "created_at" : "Sat Apr 09 07:54:51 +0000 2022",
      "favorited" : false,
      "full_text" : "My kids think I'm a wizard because I can find the North Star. I'm not telling them it's easy.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1512553038873259939"
          ],
          "editableUntil" : "2022-04-08T23:08:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "7",
      "id_str" : "1512553038873259939",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1512553038873259939",
      "created_at" : "Fri Apr 08 22:08:41 +0000 2022",
      "favorited" : false,
      "full_text" : "Goodnight and clear skies, everyone!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1510103997349452655"
          ],
          "editableUntil" : "2022-04-02T04:57:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "102"
      ],
      "favorite_count" : "5",
      "id_str" : "1510103997349452655",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1510103997349452655",
      "created_at" : "Sat Apr 02 03:57:04 +0000 2022",
      "favorited" : false,
      "full_text" : "Took the telescope to my kid's school for a star night. 60 kids, one Saturn, SO MANY SCREAMS OF JOY!!!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1509331784037402474"
          ],
          "editableUntil" : "2022-03-31T01:48:34.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "0",
      "id_str" : "1509331784037402474",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1509331784037402474",
      "created_at" : "Thu Mar 31 00:48:34 +0000 2022",
      "favorited" : false,
      "full_text" : "Put a hot water bottle in my eyepiece case. Everything stays dew free! Innovation!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1509315099096784210"
          ],
          "editableUntil" : "2022-03-31T00:42:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "astronomy",
            "indices" : [
              "69",
              "79"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/5V56dJGR3x",
            "expanded_url" : "https://ivostarfield.example.net/log/my-star-tracker-review-after-6",
            "display_url" : "ivostarfield.example.ne…",
            "indices" : [
              "45",
              "68"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "79"
      ],
      "favorite_count" : "4",
      "id_str" : "1509315099096784210",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1509315099096784210",
      "possibly_sensitive" : false,
      "created_at" : "Wed Mar 30 23:42:16 +0000 2022",
      "favorited" : false,
      "full_text" : "My star tracker review after 6 months of use https://t.co/5V56dJGR3x #astronomy",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1507229917640887015"
          ],
          "editableUntil" : "2022-03-25T06:36:30.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "7"
      ],
      "favorite_count" : "15",
      "id_str" : "1507229917640887015",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1507229917640887015",
      "created_at" : "Fri Mar 25 05:36:30 +0000 2022",
      "favorited" : false,
      "full_text" : "so cold",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1507075747610725442"
          ],
          "editableUntil" : "2022-03-24T20:23:53.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "47"
      ],
      "favorite_count" : "1",
      "id_str" : "1507075747610725442",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1507075747610725442",
      "created_at" : "Thu Mar 24 19:23:53 +0000 2022",
      "favorited" : false,
      "full_text" : "CLEAR SKIES TONIGHT!!! Telescope going out NOW!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1505356519177236461"
          ],
          "editableUntil" : "2022-03-20T02:32:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "112"
      ],
      "favorite_count" : "1",
      "id_str" : "1505356519177236461",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1505356519177236461",
      "created_at" : "Sun Mar 20 01:32:17 +0000 2022",
      "favorited" : false,
      "full_text" : "Collimation, cool down, dew shields, batteries. Astronomy is 1 hour of setup for 10 minutes of wonder. WORTH IT.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1500987870544577897"
          ],
          "editableUntil" : "2022-03-08T01:12:50.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "astronomy",
            "indices" : [
              "64",
              "74"
            ]
          },
          {
            "text" : "beginners",
            "indices" : [
              "75",
              "85"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/LGfr4Oam3M",
            "expanded_url" : "https://ivostarfield.example.net/log/10-best-binocular-targets-for-beginners",
            "display_url" : "ivostarfield.example.ne…",
            "indices" : [
              "40",
              "63"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "85"
      ],
      "favorite_count" : "0",
      "id_str" : "1500987870544577897",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1500987870544577897",
      "possibly_sensitive" : false,
      "created_at" : "Tue Mar 08 00:12:50 +0000 2022",
      "favorited" : false,
      "full_text" : "10 best binocular targets for beginners https://t.co/LGfr4Oam3M #astronomy #beginners",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1500224079396809430"
          ],
          "editableUntil" : "2022-03-05T22:37:48.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/NJKrjy1klZ",
            "expanded_url" : "https://ivostarfield.example.net/log/observing-log-stats-212-sessions-average",
            "display_url" : "ivostarfield.example.ne…",
            "indices" : [
              "94",
              "117"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "117"
      ],
      "favorite_count" : "1",
      "id_str" : "1500224079396809430",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1500224079396809430",
      "possibly_sensitive" : false,
      "created_at" : "Sat Mar 05 21:37:48 +0000 2022",
      "favorited" : false,
      "full_text" : "Observing log stats: 212 sessions, average temp 3C, cloudy nights &gt; clear nights by 3 to 1 https://t.co/NJKrjy1klZ",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1498770266519788546"
          ],
          "editableUntil" : "2022-03-01T22:20:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "milkyway",
            "indices" : [
              "83",
              "92"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/JNLBLK37be",
            "expanded_url" : "https://ivostarfield.example.net/log/dark-sky-weekend-photos-the-milky",
            "display_url" : "ivostarfield.example.ne…",
            "indices" : [
              "59",
              "82"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "5",
      "id_str" : "1498770266519788546",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1498770266519788546",
      "possibly_sensitive" : false,
      "created_at" : "Tue Mar 01 21:20:52 +0000 2022",
      "favorited" : false,
      "full_text" : "Dark sky weekend photos: the Milky Way core over the hills https://t.co/JNLBLK37be #milkyway",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1498448383049798767"
          ],
          "editableUntil" : "2022-03-01T01:01:49.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Astro Club North",
            "screen_name" : "astro_club_north",
            "indices" : [
              "3",
              "20"
            ],
            "id_str" : "423620345999708327",
            "id" : "423620345999708327"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "118"
      ],
      "favorite_count" : "0",
      "id_str" : "1498448383049798767",
      "truncated" : false,
      "retweet_count" : "23",
      "id" : "1498448383049798767",
      "created_at" : "Tue Mar 01 00:01:49 +0000 2022",
      "favorited" : false,
      "full_text" : "RT @astro_club_north: Monthly observing night is ON this Friday! Forecast looks clear. Bring warm clothes and a flask!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1496593510823188459"
          ],
          "editableUntil" : "2022-02-23T22:11:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "47"
      ],
      "favorite_count" : "18",
      "id_str" : "1496593510823188459",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1496593510823188459",
      "created_at" : "Wed Feb 23 21:11:13 +0000 2022",
      "favorited" : false,
      "full_text" : "CLEAR SKIES TONIGHT!!! Telescope going out NOW!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1496391051769473462"
          ],
          "editableUntil" : "2022-02-23T08:46:43.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "3",
      "id_str" : "1496391051769473462",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1496391051769473462",
      "created_at" : "Wed Feb 23 07:46:43 +0000 2022",
      "favorited" : false,
      "full_text" : "Cloudy again tonight. Of course.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1495219301646497569"
          ],
          "editableUntil" : "2022-02-20T03:10:36.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "107"
      ],
      "favorite_count" : "3",
      "id_str" : "1495219301646497569",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1495219301646497569",
      "created_at" : "Sun Feb 20 02:10:36 +0000 2022",
      "favorited" : false,
      "full_text" : "Cloudy again. Spent the evening reading about black holes instead. Slightly less cold, far more terrifying.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1494850689431600791"
          ],
          "editableUntil" : "2022-02-19T02:45:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "75"
      ],
      "favorite_count" : "9",
      "id_str" : "1494850689431600791",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1494850689431600791",
      "created_at" : "Sat Feb 19 01:45:52 +0000 2022",
      "favorited" : false,
      "full_text" : "Clouds, rain, clouds, fog, clouds. This week's observing log is very short.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1494827071307246621"
          ],
          "editableUntil" : "2022-02-19T01:12:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Astro Club North",
            "screen_name" : "astro_club_north",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "423620345999708327",
            "id" : "423620345999708327"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "18",
        "67"
      ],
      "favorite_count" : "4",
      "in_reply_to_status_id_str" : "1494692685805603396",
      "id_str" : "1494827071307246621",
      "in_reply_to_user_id" : "423620345999708327",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1494827071307246621",
      "in_reply_to_status_id" : "1494692685805603396",
      "created_at" : "Sat Feb 19 00:12:01 +0000 2022",
      "favorited" : false,
      "full_text" : "@astro_club_north I'll be there with Bertha and a big flask of tea!",
      "lang" : "en",
      "in_reply_to_screen_name" : "astro_club_north",
      "in_reply_to_user_id_str" : "423620345999708327"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1494800416503645023"
          ],
          "editableUntil" : "2022-02-18T23:26:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "2",
      "id_str" : "1494800416503645023",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1494800416503645023",
      "created_at" : "Fri Feb 18 22:26:06 +0000 2022",
      "favorited" : false,
      "full_text" : "The hedgehog came back! He seems interested in astronomy. Or the biscuits I dropped.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1494112739391104420"
          ],
          "editableUntil" : "2022-02-17T01:53:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "112"
      ],
      "favorite_count" : "4",
      "id_str" : "1494112739391104420",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1494112739391104420",
      "created_at" : "Thu Feb 17 00:53:31 +0000 2022",
      "favorited" : false,
      "full_text" : "Fun fact: the Moon always shows us the same face because it's tidally locked. The far side isn't dark, just far!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1493357433323559788"
          ],
          "editableUntil" : "2022-02-14T23:52:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "17",
      "id_str" : "1493357433323559788",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1493357433323559788",
      "created_at" : "Mon Feb 14 22:52:12 +0000 2022",
      "favorited" : false,
      "full_text" : "Collimated the Dob today. Stars now look like little pinpoints instead of seagulls. Happy days!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1491180862175094559"
          ],
          "editableUntil" : "2022-02-08T23:43:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "122"
      ],
      "favorite_count" : "5",
      "id_str" : "1491180862175094559",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1491180862175094559",
      "created_at" : "Tue Feb 08 22:43:17 +0000 2022",
      "favorited" : false,
      "full_text" : "The craters Tycho and Copernicus have bright rays that stretch across the Moon. Visible even in binoculars near full Moon!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1490086924778496058"
          ],
          "editableUntil" : "2022-02-05T23:16:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "7",
      "id_str" : "1490086924778496058",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1490086924778496058",
      "created_at" : "Sat Feb 05 22:16:22 +0000 2022",
      "favorited" : false,
      "full_text" : "Kids asleep, wife asleep, dog asleep, street asleep. Just me and the universe. Perfect.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1489470349506845641"
          ],
          "editableUntil" : "2022-02-04T06:26:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "darksky",
            "indices" : [
              "105",
              "113"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/jLDbpLNkcx",
            "expanded_url" : "https://ivostarfield.example.net/log/light-pollution-before-and-after-the",
            "display_url" : "ivostarfield.example.ne…",
            "indices" : [
              "81",
              "104"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "9",
      "id_str" : "1489470349506845641",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1489470349506845641",
      "possibly_sensitive" : false,
      "created_at" : "Fri Feb 04 05:26:19 +0000 2022",
      "favorited" : false,
      "full_text" : "Light pollution before &amp; after the council fitted a shield on my streetlight https://t.co/jLDbpLNkcx #darksky",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1489379194697662908"
          ],
          "editableUntil" : "2022-02-04T00:24:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "0",
      "id_str" : "1489379194697662908",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1489379194697662908",
      "created_at" : "Thu Feb 03 23:24:06 +0000 2022",
      "favorited" : false,
      "full_text" : "Goodnight from the garden! Ending with one last look at the Pleiades. Sleep well, star friends!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1489362849495557768"
          ],
          "editableUntil" : "2022-02-03T23:19:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "2",
      "id_str" : "1489362849495557768",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1489362849495557768",
      "created_at" : "Thu Feb 03 22:19:09 +0000 2022",
      "favorited" : false,
      "full_text" : "Orion is rising earlier each night. Winter is coming, and with it the best constellations!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1489015254940120769"
          ],
          "editableUntil" : "2022-02-03T00:17:56.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "5",
      "id_str" : "1489015254940120769",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1489015254940120769",
      "created_at" : "Wed Feb 02 23:17:56 +0000 2022",
      "favorited" : false,
      "full_text" : "Set an alarm for 3am for the meteor shower. Woke up, saw it was cloudy, went back to bed crying softly.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1488974016542100520"
          ],
          "editableUntil" : "2022-02-02T21:34:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "104"
      ],
      "favorite_count" : "5",
      "id_str" : "1488974016542100520",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1488974016542100520",
      "created_at" : "Wed Feb 02 20:34:04 +0000 2022",
      "favorited" : false,
      "full_text" : "GOT IT!!! M13 resolved into individual stars at the edges! I'm shaking. Could be the cold. Could be joy.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1488302068069582980"
          ],
          "editableUntil" : "2022-02-01T01:03:59.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "0",
      "id_str" : "1488302068069582980",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1488302068069582980",
      "created_at" : "Tue Feb 01 00:03:59 +0000 2022",
      "favorited" : false,
      "full_text" : "Light pollution is one of the easiest pollutions to fix. Just point lights down! Shield them! Please!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1488276960968769915"
          ],
          "editableUntil" : "2022-01-31T23:24:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "6",
      "id_str" : "1488276960968769915",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1488276960968769915",
      "created_at" : "Mon Jan 31 22:24:13 +0000 2022",
      "favorited" : false,
      "full_text" : "Meteor shower tonight but it's a full Moon. The universe giveth and the universe taketh away.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1487952867097908165"
          ],
          "editableUntil" : "2022-01-31T01:56:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Darksky Campaign Uk",
            "screen_name" : "darksky_campaign_uk",
            "indices" : [
              "3",
              "23"
            ],
            "id_str" : "1185643163758564064",
            "id" : "1185643163758564064"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "137"
      ],
      "favorite_count" : "0",
      "id_str" : "1487952867097908165",
      "truncated" : false,
      "retweet_count" : "105",
      "id" : "1487952867097908165",
      "created_at" : "Mon Jan 31 00:56:23 +0000 2022",
      "favorited" : false,
      "full_text" : "RT @darksky_campaign_uk: Most people have never seen the Milky Way from their own home. Shield your lights and help bring back the stars!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1487603661931354228"
          ],
          "editableUntil" : "2022-01-30T02:48:46.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Backyard Cosmos",
            "screen_name" : "backyard_cosmos",
            "indices" : [
              "3",
              "19"
            ],
            "id_str" : "771948332159865953",
            "id" : "771948332159865953"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "118"
      ],
      "favorite_count" : "0",
      "id_str" : "1487603661931354228",
      "truncated" : false,
      "retweet_count" : "78",
      "id" : "1487603661931354228",
      "created_at" : "Sun Jan 30 01:48:46 +0000 2022",
      "favorited" : false,
      "full_text" : "RT @backyard_cosmos: The Andromeda Galaxy is well placed this month. Look for a faint smudge near the W of Cassiopeia!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1486476883129789547"
          ],
          "editableUntil" : "2022-01-27T00:11:21.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "6"
      ],
      "favorite_count" : "4",
      "id_str" : "1486476883129789547",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1486476883129789547",
      "created_at" : "Wed Jan 26 23:11:21 +0000 2022",
      "favorited" : false,
      "full_text" : "YES!!!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1486162360663372649"
          ],
          "editableUntil" : "2022-01-26T03:21:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "78"
      ],
      "favorite_count" : "11",
      "id_str" : "1486162360663372649",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1486162360663372649",
      "created_at" : "Wed Jan 26 02:21:33 +0000 2022",
      "favorited" : false,
      "full_text" : "Thick fog tonight. Couldn't even see the neighbour's house, let alone Neptune.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1485769496984250179"
          ],
          "editableUntil" : "2022-01-25T01:20:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "sun",
            "indices" : [
              "84",
              "88"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/sctFpFAkFl",
            "expanded_url" : "https://ivostarfield.example.net/log/solar-prominence-through-the-club-s",
            "display_url" : "ivostarfield.example.ne…",
            "indices" : [
              "60",
              "83"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "13",
      "id_str" : "1485769496984250179",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1485769496984250179",
      "possibly_sensitive" : false,
      "created_at" : "Tue Jan 25 00:20:27 +0000 2022",
      "favorited" : false,
      "full_text" : "Solar prominence through the club's hydrogen alpha scope!!! https://t.co/sctFpFAkFl #sun",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1485456782261549882"
          ],
          "editableUntil" : "2022-01-24T04:37:50.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "102"
      ],
      "favorite_count" : "5",
      "id_str" : "1485456782261549882",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1485456782261549882",
      "created_at" : "Mon Jan 24 03:37:50 +0000 2022",
      "favorited" : false,
      "full_text" : "Saw the ISS pass over tonight! It was SO BRIGHT. Waved at the astronauts. They didn't wave back. Rude.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1485000009974092140"
          ],
          "editableUntil" : "2022-01-22T22:22:47.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Spacefacts Daily",
            "screen_name" : "spacefacts_daily",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "836200564398065955",
            "id" : "836200564398065955"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "18",
        "94"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1484885002158097049",
      "id_str" : "1485000009974092140",
      "in_reply_to_user_id" : "836200564398065955",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1485000009974092140",
      "in_reply_to_status_id" : "1484885002158097049",
      "created_at" : "Sat Jan 22 21:22:47 +0000 2022",
      "favorited" : false,
      "full_text" : "@spacefacts_daily footprints lasting millions of years is both beautiful and a little bit sad.",
      "lang" : "en",
      "in_reply_to_screen_name" : "spacefacts_daily",
      "in_reply_to_user_id_str" : "836200564398065955"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1484948734607847304"
          ],
          "editableUntil" : "2022-01-22T18:59:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Backyard Cosmos",
            "screen_name" : "backyard_cosmos",
            "indices" : [
              "3",
              "19"
            ],
            "id_str" : "771948332159865953",
            "id" : "771948332159865953"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "119"
      ],
      "favorite_count" : "0",
      "id_str" : "1484948734607847304",
      "truncated" : false,
      "retweet_count" : "163",
      "id" : "1484948734607847304",
      "created_at" : "Sat Jan 22 17:59:02 +0000 2022",
      "favorited" : false,
      "full_text" : "RT @backyard_cosmos: Tonight's sky: the Moon passes close to Jupiter. Look southeast after sunset, no equipment needed!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1484695373478415348"
          ],
          "editableUntil" : "2022-01-22T02:12:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "83"
      ],
      "favorite_count" : "2",
      "id_str" : "1484695373478415348",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1484695373478415348",
      "created_at" : "Sat Jan 22 01:12:16 +0000 2022",
      "favorited" : false,
      "full_text" : "If I could only keep one eyepiece, it'd be my 24mm wide field. It shows everything!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1483976708848985983"
          ],
          "editableUntil" : "2022-01-20T02:36:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "65"
      ],
      "favorite_count" : "2",
      "id_str" : "1483976708848985983",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1483976708848985983",
      "created_at" : "Thu Jan 20 01:36:33 +0000 2022",
      "favorited" : false,
      "full_text" : "Clouds cleared at 3am. I was asleep. I will never forgive myself.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1482920398552243472"
          ],
          "editableUntil" : "2022-01-17T04:39:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Meteor Watch Net",
            "screen_name" : "meteor_watch_net",
            "indices" : [
              "3",
              "20"
            ],
            "id_str" : "1166361046937954632",
            "id" : "1166361046937954632"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "129"
      ],
      "favorite_count" : "0",
      "id_str" : "1482920398552243472",
      "truncated" : false,
      "retweet_count" : "145",
      "id" : "1482920398552243472",
      "created_at" : "Mon Jan 17 03:39:09 +0000 2022",
      "favorited" : false,
      "full_text" : "RT @meteor_watch_net: Perseids peak this week! Best viewing after midnight, away from lights. Give your eyes 20 minutes to adapt!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1482870440198701536"
          ],
          "editableUntil" : "2022-01-17T01:20:38.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Backyard Cosmos",
            "screen_name" : "backyard_cosmos",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "771948332159865953",
            "id" : "771948332159865953"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "17",
        "91"
      ],
      "favorite_count" : "4",
      "in_reply_to_status_id_str" : "1482794942725650653",
      "id_str" : "1482870440198701536",
      "in_reply_to_user_id" : "771948332159865953",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1482870440198701536",
      "in_reply_to_status_id" : "1482794942725650653",
      "created_at" : "Mon Jan 17 00:20:38 +0000 2022",
      "favorited" : false,
      "full_text" : "@backyard_cosmos 100% agree. Binoculars first, telescope later. Most people skip this step!",
      "lang" : "en",
      "in_reply_to_screen_name" : "backyard_cosmos",
      "in_reply_to_user_id_str" : "771948332159865953"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1482483331101886238"
          ],
          "editableUntil" : "2022-01-15T23:42:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "116"
      ],
      "favorite_count" : "0",
      "id_str" : "1482483331101886238",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1482483331101886238",
      "created_at" : "Sat Jan 15 22:42:24 +0000 2022",
      "favorited" : false,
      "full_text" : "Jupiter's moon Europa has a hidden ocean under its ice! Possibly more water than all of Earth's oceans! Mind. Blown.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1482118741229194240"
          ],
          "editableUntil" : "2022-01-14T23:33:39.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "117"
      ],
      "favorite_count" : "0",
      "id_str" : "1482118741229194240",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1482118741229194240",
      "created_at" : "Fri Jan 14 22:33:39 +0000 2022",
      "favorited" : false,
      "full_text" : "Looking at galaxies makes all my problems feel tiny. Then I come inside and the problems are still there. But tinier!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1481770387502030071"
          ],
          "editableUntil" : "2022-01-14T00:29:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "57"
      ],
      "favorite_count" : "10",
      "id_str" : "1481770387502030071",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1481770387502030071",
      "created_at" : "Thu Jan 13 23:29:25 +0000 2022",
      "favorited" : false,
      "full_text" : "Trying to teach my dog astronomy. He only points at cats.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1481076980972667476"
          ],
          "editableUntil" : "2022-01-12T02:34:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "1",
      "id_str" : "1481076980972667476",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1481076980972667476",
      "created_at" : "Wed Jan 12 01:34:04 +0000 2022",
      "favorited" : false,
      "full_text" : "My telescope has been to 4 schools, 2 libraries and 1 wedding this year. Bertha is a celebrity!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1480770016640616618"
          ],
          "editableUntil" : "2022-01-11T06:14:18.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Comet Chaser Jen",
            "screen_name" : "comet_chaser_jen",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "1309245213415186834",
            "id" : "1309245213415186834"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "18",
        "94"
      ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "1480640412647520736",
      "id_str" : "1480770016640616618",
      "in_reply_to_user_id" : "1309245213415186834",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1480770016640616618",
      "in_reply_to_status_id" : "1480640412647520736",
      "created_at" : "Tue Jan 11 05:14:18 +0000 2022",
      "favorited" : false,
      "full_text" : "@comet_chaser_jen brilliant! Where was it relative to Capella? I want to try tomorrow morning!",
      "lang" : "en",
      "in_reply_to_screen_name" : "comet_chaser_jen",
      "in_reply_to_user_id_str" : "1309245213415186834"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1480072717795839391"
          ],
          "editableUntil" : "2022-01-09T08:03:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "0",
      "id_str" : "1480072717795839391",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1480072717795839391",
      "created_at" : "Sun Jan 09 07:03:29 +0000 2022",
      "favorited" : false,
      "full_text" : "My kids drew me a picture of Saturn for Father's Day. Stuck it on the telescope. Bertha looks very proud.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1479276081054025853"
          ],
          "editableUntil" : "2022-01-07T03:17:56.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "91"
      ],
      "favorite_count" : "8",
      "id_str" : "1479276081054025853",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1479276081054025853",
      "created_at" : "Fri Jan 07 02:17:56 +0000 2022",
      "favorited" : false,
      "full_text" : "Bertha's mirror needs recoating. 12 years old and still going, but a little dim. Saving up!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1478994139939258873"
          ],
          "editableUntil" : "2022-01-06T08:37:36.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Meteor Watch Net",
            "screen_name" : "meteor_watch_net",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "1166361046937954632",
            "id" : "1166361046937954632"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "18",
        "100"
      ],
      "favorite_count" : "4",
      "in_reply_to_status_id_str" : "1478865290920810324",
      "id_str" : "1478994139939258873",
      "in_reply_to_user_id" : "1166361046937954632",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1478994139939258873",
      "in_reply_to_status_id" : "1478865290920810324",
      "created_at" : "Thu Jan 06 07:37:36 +0000 2022",
      "favorited" : false,
      "full_text" : "@meteor_watch_net only 9 per hour here, the Moon was too bright. Still saw a lovely long one though!",
      "lang" : "en",
      "in_reply_to_screen_name" : "meteor_watch_net",
      "in_reply_to_user_id_str" : "1166361046937954632"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1478165194474188579"
          ],
          "editableUntil" : "2022-01-04T01:43:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "116"
      ],
      "favorite_count" : "0",
      "id_str" : "1478165194474188579",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1478165194474188579",
      "created_at" : "Tue Jan 04 00:43:40 +0000 2022",
      "favorited" : false,
      "full_text" : "Spent an hour explaining to my mum that no, you can't see the flag on the Moon with a telescope. It's WAY too small!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1477821970381164244"
          ],
          "editableUntil" : "2022-01-03T02:59:49.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/1b3vUJj1v0",
            "expanded_url" : "https://ivostarfield.example.net/gallery/985",
            "display_url" : "ivostarfield.example.ne…",
            "indices" : [
              "0",
              "23"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "23"
      ],
      "favorite_count" : "8",
      "id_str" : "1477821970381164244",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1477821970381164244",
      "possibly_sensitive" : false,
      "created_at" : "Mon Jan 03 01:59:49 +0000 2022",
      "favorited" : false,
      "full_text" : "https://t.co/1b3vUJj1v0",
      "lang" : "zxx"
    }
  }
]
