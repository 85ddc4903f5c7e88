window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1739339379114660826"
          ],
          "editableUntil" : "2023-12-25T18:36:38.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "4",
      "id_str" : "1739339379114660826",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1739339379114660826",
      "created_at" : "Mon Dec 25 17:36:38 +0000 2023",
      "favorited" : false,
      "full_text" : "I can't believe how much better my bread got after I stopped rushing it. Life lesson in a loaf!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1738273547746415121"
          ],
          "editableUntil" : "2023-12-22T20:01:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Marco Bikes Bread",
            "screen_name" : "marco_bikes_bread",
            "indices" : [
              "0",
              "18"
            ],
            "id_str" : "195678735831884246",
            "id" : "195678735831884246"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "19",
        "84"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1738197798614561486",
      "id_str" : "1738273547746415121",
      "in_reply_to_user_id" : "195678735831884246",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1738273547746415121",
      "in_reply_to_status_id" : "1738197798614561486",
      "created_at" : "Fri Dec 22 19:01:24 +0000 2023",
      "favorited" : false,
      "full_text" : "@marco_bikes_bread yes I still have two rye loaves left, I'll put one aside for you!",
      "lang" : "en",
      "in_reply_to_screen_name" : "marco_bikes_bread",
      "in_reply_to_user_id_str" : "195678735831884246"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1737728154010498250"
          ],
          "editableUntil" : "2023-12-21T07:54:12.000Z",
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
        "98"
      ],
      "favorite_count" : "4",
      "id_str" : "1737728154010498250",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1737728154010498250",
      "created_at" : "Thu Dec 21 06:54:12 +0000 2023",
      "favorited" : false,
      "full_text" : "Baked a tiny loaf for a tiny neighbour, age 4, who asked for \"a baby bread\". Perfect little boule!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1737413891585401469"
          ],
          "editableUntil" : "2023-12-20T11:05:26.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "homebaking",
            "indices" : [
              "78",
              "89"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/RIusCXsOBD",
            "expanded_url" : "https://lenabakes.example.com/blog/one-year-of-the-bread-journal",
            "display_url" : "lenabakes.example.com/b…",
            "indices" : [
              "54",
              "77"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "2",
      "id_str" : "1737413891585401469",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1737413891585401469",
      "possibly_sensitive" : false,
      "created_at" : "Wed Dec 20 10:05:26 +0000 2023",
      "favorited" : false,
      "full_text" : "One year of the bread journal &amp; what it taught me https://t.co/RIusCXsOBD #homebaking",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1736021521072097546"
          ],
          "editableUntil" : "2023-12-16T14:52:39.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Local Foodbank Vols",
            "screen_name" : "local_foodbank_vols",
            "indices" : [
              "3",
              "23"
            ],
            "id_str" : "1507752826261838133",
            "id" : "1507752826261838133"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "125"
      ],
      "favorite_count" : "0",
      "id_str" : "1736021521072097546",
      "truncated" : false,
      "retweet_count" : "143",
      "id" : "1736021521072097546",
      "created_at" : "Sat Dec 16 13:52:39 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @local_foodbank_vols: Huge thank you to all the home bakers who donated loaves this month. 340 loaves! You are incredible.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1735390647417078618"
          ],
          "editableUntil" : "2023-12-14T21:05:47.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Rye Grandpa Otto",
            "screen_name" : "rye_grandpa_otto",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "1238488086377025616",
            "id" : "1238488086377025616"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "18",
        "95"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1735358686822381851",
      "id_str" : "1735390647417078618",
      "in_reply_to_user_id" : "1238488086377025616",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1735390647417078618",
      "in_reply_to_status_id" : "1735358686822381851",
      "created_at" : "Thu Dec 14 20:05:47 +0000 2023",
      "favorited" : false,
      "full_text" : "@rye_grandpa_otto I tried your rye method and it finally worked! Thank you so much for sharing.",
      "lang" : "en",
      "in_reply_to_screen_name" : "rye_grandpa_otto",
      "in_reply_to_user_id_str" : "1238488086377025616"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1734818514991930295"
          ],
          "editableUntil" : "2023-12-13T07:12:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "id_str" : "1734818514991930295",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1734818514991930295",
      "created_at" : "Wed Dec 13 06:12:20 +0000 2023",
      "favorited" : false,
      "full_text" : "Baked a batch of focaccia for a friend's wedding. Covered it in edible flowers. Nervous and proud!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1734514004326249854"
          ],
          "editableUntil" : "2023-12-12T11:02:19.000Z",
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
      "favorite_count" : "0",
      "id_str" : "1734514004326249854",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1734514004326249854",
      "created_at" : "Tue Dec 12 10:02:19 +0000 2023",
      "favorited" : false,
      "full_text" : "The market coffee guy and I have a standing trade: one loaf for two flat whites. Fair economy!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1734140258288324045"
          ],
          "editableUntil" : "2023-12-11T10:17:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sourdough Sam 88",
            "screen_name" : "sourdough_sam_88",
            "indices" : [
              "3",
              "20"
            ],
            "id_str" : "867992727904386611",
            "id" : "867992727904386611"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "85"
      ],
      "favorite_count" : "0",
      "id_str" : "1734140258288324045",
      "truncated" : false,
      "retweet_count" : "118",
      "id" : "1734140258288324045",
      "created_at" : "Mon Dec 11 09:17:11 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @sourdough_sam_88: Proof your dough, not your point. Bread first, arguments later.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1734122088560030993"
          ],
          "editableUntil" : "2023-12-11T09:04:59.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "2",
      "id_str" : "1734122088560030993",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1734122088560030993",
      "created_at" : "Mon Dec 11 08:04:59 +0000 2023",
      "favorited" : false,
      "full_text" : "Tomorrow's bake list is longer than my arm. Bring it on!!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1733937740511671566"
          ],
          "editableUntil" : "2023-12-10T20:52:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "3",
      "id_str" : "1733937740511671566",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1733937740511671566",
      "created_at" : "Sun Dec 10 19:52:27 +0000 2023",
      "favorited" : false,
      "full_text" : "send help",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1732723766327252482"
          ],
          "editableUntil" : "2023-12-07T12:28:33.000Z",
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
      "favorite_count" : "4",
      "id_str" : "1732723766327252482",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1732723766327252482",
      "created_at" : "Thu Dec 07 11:28:33 +0000 2023",
      "favorited" : false,
      "full_text" : "sold out!!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1730841945700529052"
          ],
          "editableUntil" : "2023-12-02T07:50:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "12",
      "id_str" : "1730841945700529052",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1730841945700529052",
      "created_at" : "Sat Dec 02 06:50:52 +0000 2023",
      "favorited" : false,
      "full_text" : "Spent the evening reading a 400 page bread book from the library. My bedtime story was about gluten development.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1729786151304693707"
          ],
          "editableUntil" : "2023-11-29T09:55:31.000Z",
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
      "favorite_count" : "6",
      "id_str" : "1729786151304693707",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1729786151304693707",
      "created_at" : "Wed Nov 29 08:55:31 +0000 2023",
      "favorited" : false,
      "full_text" : "Gertrude went on holiday to my friend's flat while I was away and came back sluggish. She missed me!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1728878248067457408"
          ],
          "editableUntil" : "2023-11-26T21:47:50.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "67"
      ],
      "favorite_count" : "1",
      "id_str" : "1728878248067457408",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1728878248067457408",
      "created_at" : "Sun Nov 26 20:47:50 +0000 2023",
      "favorited" : false,
      "full_text" : "The loaf came out looking like a mushroom. A tasty, tasty mushroom.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1728693887435645656"
          ],
          "editableUntil" : "2023-11-26T09:35:15.000Z",
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
      "id_str" : "1728693887435645656",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1728693887435645656",
      "created_at" : "Sun Nov 26 08:35:15 +0000 2023",
      "favorited" : false,
      "full_text" : "Onion and cheddar loaf. The smell was so strong the postman commented!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1727018942461081053"
          ],
          "editableUntil" : "2023-11-21T18:39:37.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "0",
      "id_str" : "1727018942461081053",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1727018942461081053",
      "created_at" : "Tue Nov 21 17:39:37 +0000 2023",
      "favorited" : false,
      "full_text" : "New scale arrived! Goodbye to the old one that thought everything weighed 2g more than it did!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1725597077601911568"
          ],
          "editableUntil" : "2023-11-17T20:29:38.000Z",
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
      "id_str" : "1725597077601911568",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1725597077601911568",
      "created_at" : "Fri Nov 17 19:29:38 +0000 2023",
      "favorited" : false,
      "full_text" : "You haven't lived until you've eaten the heel of a fresh loaf standing over the sink at 7am.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1725180423828415453"
          ],
          "editableUntil" : "2023-11-16T16:54:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Home Oven Heroes",
            "screen_name" : "home_oven_heroes",
            "indices" : [
              "3",
              "20"
            ],
            "id_str" : "969707826585110439",
            "id" : "969707826585110439"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "107"
      ],
      "favorite_count" : "0",
      "id_str" : "1725180423828415453",
      "truncated" : false,
      "retweet_count" : "178",
      "id" : "1725180423828415453",
      "created_at" : "Thu Nov 16 15:54:00 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @home_oven_heroes: Community bake-along this Sunday, 10am. Bring flour, bring questions, bring patience!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1725126875151442857"
          ],
          "editableUntil" : "2023-11-16T13:21:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "1",
      "id_str" : "1725126875151442857",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1725126875151442857",
      "created_at" : "Thu Nov 16 12:21:13 +0000 2023",
      "favorited" : false,
      "full_text" : "perfect.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1723230152163249187"
          ],
          "editableUntil" : "2023-11-11T07:44:19.000Z",
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
      "favorite_count" : "3",
      "id_str" : "1723230152163249187",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1723230152163249187",
      "created_at" : "Sat Nov 11 06:44:19 +0000 2023",
      "favorited" : false,
      "full_text" : "First snow of the year and I'm celebrating the only way I know how: a giant batch of cinnamon buns!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1722864392075772167"
          ],
          "editableUntil" : "2023-11-10T07:30:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sourdough Sam 88",
            "screen_name" : "sourdough_sam_88",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "867992727904386611",
            "id" : "867992727904386611"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "18",
        "71"
      ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "1722795941034455194",
      "id_str" : "1722864392075772167",
      "in_reply_to_user_id" : "867992727904386611",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1722864392075772167",
      "in_reply_to_status_id" : "1722795941034455194",
      "created_at" : "Fri Nov 10 06:30:55 +0000 2023",
      "favorited" : false,
      "full_text" : "@sourdough_sam_88 happy baking weekend to you too! Pizza night tonight?",
      "lang" : "en",
      "in_reply_to_screen_name" : "sourdough_sam_88",
      "in_reply_to_user_id_str" : "867992727904386611"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1722669424050673644"
          ],
          "editableUntil" : "2023-11-09T18:36:11.000Z",
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
        "91"
      ],
      "favorite_count" : "4",
      "id_str" : "1722669424050673644",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1722669424050673644",
      "created_at" : "Thu Nov 09 17:36:11 +0000 2023",
      "favorited" : false,
      "full_text" : "Accidentally made the best sandwich loaf of my life and didn't write anything down. Tragic.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1722344067693410487"
          ],
          "editableUntil" : "2023-11-08T21:03:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/1EPr9KjqzF",
            "expanded_url" : "https://lenabakes.example.com/blog/my-tiny-flat-bakery-setup-tour",
            "display_url" : "lenabakes.example.com/b…",
            "indices" : [
              "79",
              "102"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "102"
      ],
      "favorite_count" : "7",
      "id_str" : "1722344067693410487",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1722344067693410487",
      "possibly_sensitive" : false,
      "created_at" : "Wed Nov 08 20:03:20 +0000 2023",
      "favorited" : false,
      "full_text" : "My tiny flat bakery setup tour! Yes, the dough lives in the bathroom sometimes https://t.co/1EPr9KjqzF",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1722151918238709777"
          ],
          "editableUntil" : "2023-11-08T08:19:48.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "bakinglife",
            "indices" : [
              "100",
              "111"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/hJhVA3RxLM",
            "expanded_url" : "https://lenabakes.example.com/blog/flour-prices-this-year-up-my",
            "display_url" : "lenabakes.example.com/b…",
            "indices" : [
              "76",
              "99"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "111"
      ],
      "favorite_count" : "10",
      "id_str" : "1722151918238709777",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1722151918238709777",
      "possibly_sensitive" : false,
      "created_at" : "Wed Nov 08 07:19:48 +0000 2023",
      "favorited" : false,
      "full_text" : "Flour prices this year: up. My patience: down. My love for bread: unchanged https://t.co/hJhVA3RxLM #bakinglife",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1721844190542284086"
          ],
          "editableUntil" : "2023-11-07T11:57:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "4",
      "id_str" : "1721844190542284086",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1721844190542284086",
      "created_at" : "Tue Nov 07 10:57:00 +0000 2023",
      "favorited" : false,
      "full_text" : "not again",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1721577164374086684"
          ],
          "editableUntil" : "2023-11-06T18:15:56.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "crumbshot",
            "indices" : [
              "85",
              "95"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/ZT4x7Tg6Pc",
            "expanded_url" : "https://lenabakes.example.com/blog/today-s-crumb-shot-and-a",
            "display_url" : "lenabakes.example.com/b…",
            "indices" : [
              "61",
              "84"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "2",
      "id_str" : "1721577164374086684",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1721577164374086684",
      "possibly_sensitive" : false,
      "created_at" : "Mon Nov 06 17:15:56 +0000 2023",
      "favorited" : false,
      "full_text" : "Today's crumb shot &amp; a little video of the crust singing https://t.co/ZT4x7Tg6Pc #crumbshot",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1720017080418448085"
          ],
          "editableUntil" : "2023-11-02T10:56:43.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "1",
      "id_str" : "1720017080418448085",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1720017080418448085",
      "created_at" : "Thu Nov 02 09:56:43 +0000 2023",
      "favorited" : false,
      "full_text" : "Gertrude is getting a new jar! The old one had a chip and she deserves better!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1719279734356492407"
          ],
          "editableUntil" : "2023-10-31T10:06:46.000Z",
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
        "3"
      ],
      "favorite_count" : "8",
      "id_str" : "1719279734356492407",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1719279734356492407",
      "created_at" : "Tue Oct 31 09:06:46 +0000 2023",
      "favorited" : false,
      "full_text" : "yum",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1718890419060845205"
          ],
          "editableUntil" : "2023-10-30T08:19:46.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "id_str" : "1718890419060845205",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1718890419060845205",
      "created_at" : "Mon Oct 30 07:19:46 +0000 2023",
      "favorited" : false,
      "full_text" : "Market stall sold out by 11:40 today!! Thank you to everyone who came by in the rain, you lot are the best ☔🍞",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1718708214298781335"
          ],
          "editableUntil" : "2023-10-29T20:15:45.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Rye Grandpa Otto",
            "screen_name" : "rye_grandpa_otto",
            "indices" : [
              "3",
              "20"
            ],
            "id_str" : "1238488086377025616",
            "id" : "1238488086377025616"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "0",
      "id_str" : "1718708214298781335",
      "truncated" : false,
      "retweet_count" : "132",
      "id" : "1718708214298781335",
      "created_at" : "Sun Oct 29 19:15:45 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @rye_grandpa_otto: In my village we used to say: where there is bread, there is no sadness.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1718311688993084920"
          ],
          "editableUntil" : "2023-10-28T18:00:06.000Z",
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
      "favorite_count" : "8",
      "id_str" : "1718311688993084920",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1718311688993084920",
      "created_at" : "Sat Oct 28 17:00:06 +0000 2023",
      "favorited" : false,
      "full_text" : "Gertrude is four years old this month! Happy birthday to the most demanding roommate I've ever had 🎂",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1715989676161608627"
          ],
          "editableUntil" : "2023-10-22T08:13:15.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "0",
      "id_str" : "1715989676161608627",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1715989676161608627",
      "created_at" : "Sun Oct 22 07:13:15 +0000 2023",
      "favorited" : false,
      "full_text" : "The smell of toasting sesame seeds should be bottled and sold. I'd buy ten!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1715253781329766479"
          ],
          "editableUntil" : "2023-10-20T07:29:04.000Z",
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
        "85"
      ],
      "favorite_count" : "1",
      "id_str" : "1715253781329766479",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1715253781329766479",
      "created_at" : "Fri Oct 20 06:29:04 +0000 2023",
      "favorited" : false,
      "full_text" : "Fed the starter, forgot the starter, starter crawled out of the jar. Classic Tuesday!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1715233933882532450"
          ],
          "editableUntil" : "2023-10-20T06:10:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/p4PyjfTci2",
            "expanded_url" : "https://lenabakes.example.com/blog/sharing-the-spelt-loaf-recipe-everyone",
            "display_url" : "lenabakes.example.com/b…",
            "indices" : [
              "64",
              "87"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "3",
      "id_str" : "1715233933882532450",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1715233933882532450",
      "possibly_sensitive" : false,
      "created_at" : "Fri Oct 20 05:10:12 +0000 2023",
      "favorited" : false,
      "full_text" : "Sharing the spelt loaf recipe everyone asked about at the stall https://t.co/p4PyjfTci2",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1713488549773108475"
          ],
          "editableUntil" : "2023-10-15T10:34:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "8",
      "id_str" : "1713488549773108475",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1713488549773108475",
      "created_at" : "Sun Oct 15 09:34:40 +0000 2023",
      "favorited" : false,
      "full_text" : "I spent 40 minutes watching the dough rise through the oven window. This is my telly now.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1713186069151749777"
          ],
          "editableUntil" : "2023-10-14T14:32:43.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "6",
      "id_str" : "1713186069151749777",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1713186069151749777",
      "created_at" : "Sat Oct 14 13:32:43 +0000 2023",
      "favorited" : false,
      "full_text" : "so sleepy",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1712919269471438913"
          ],
          "editableUntil" : "2023-10-13T20:52:33.000Z",
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
      "id_str" : "1712919269471438913",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1712919269471438913",
      "created_at" : "Fri Oct 13 19:52:33 +0000 2023",
      "favorited" : false,
      "full_text" : "You knead to hear this: you are doing great. Even if your loaf isn't. Especially if your loaf isn't! 🍞",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1712128546701928075"
          ],
          "editableUntil" : "2023-10-11T16:30:30.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "1",
      "id_str" : "1712128546701928075",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1712128546701928075",
      "created_at" : "Wed Oct 11 15:30:30 +0000 2023",
      "favorited" : false,
      "full_text" : "Flat's too hot, dough's too fast, baker's too slow. Summer baking in a nutshell!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1712038633405029021"
          ],
          "editableUntil" : "2023-10-11T10:33:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "3",
      "id_str" : "1712038633405029021",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1712038633405029021",
      "created_at" : "Wed Oct 11 09:33:13 +0000 2023",
      "favorited" : false,
      "full_text" : "I will never not get excited when I see bubbles in my starter. Every single time!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1711759670247544117"
          ],
          "editableUntil" : "2023-10-10T16:04:43.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "0",
      "id_str" : "1711759670247544117",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1711759670247544117",
      "created_at" : "Tue Oct 10 15:04:43 +0000 2023",
      "favorited" : false,
      "full_text" : "My neighbour's dog sits outside my door every Saturday morning. He knows. Dogs always know.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1711655605368757866"
          ],
          "editableUntil" : "2023-10-10T09:11:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Flourpower Kat",
            "screen_name" : "flourpower_kat",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "849974829949624051",
            "id" : "849974829949624051"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "16",
        "81"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1711511153540742708",
      "id_str" : "1711655605368757866",
      "in_reply_to_user_id" : "849974829949624051",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1711655605368757866",
      "in_reply_to_status_id" : "1711511153540742708",
      "created_at" : "Tue Oct 10 08:11:12 +0000 2023",
      "favorited" : false,
      "full_text" : "@flourpower_kat I bought the last bag of rye at the mill, I confess 😅 I'll share!",
      "lang" : "en",
      "in_reply_to_screen_name" : "flourpower_kat",
      "in_reply_to_user_id_str" : "849974829949624051"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1710884272864818155"
          ],
          "editableUntil" : "2023-10-08T06:06:12.000Z",
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
        "55"
      ],
      "favorite_count" : "3",
      "id_str" : "1710884272864818155",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1710884272864818155",
      "created_at" : "Sun Oct 08 05:06:12 +0000 2023",
      "favorited" : false,
      "full_text" : "Walnut and fig loaf is basically autumn in bread form 🍂",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1710685710319666042"
          ],
          "editableUntil" : "2023-10-07T16:57:11.000Z",
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
            "name" : "Northmill Flour Co",
            "screen_name" : "northmill_flour_co",
            "indices" : [
              "3",
              "22"
            ],
            "id_str" : "1121951157592821091",
            "id" : "1121951157592821091"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "124"
      ],
      "favorite_count" : "0",
      "id_str" : "1710685710319666042",
      "truncated" : false,
      "retweet_count" : "164",
      "id" : "1710685710319666042",
      "created_at" : "Sat Oct 07 15:57:11 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @northmill_flour_co: Price update: wheat costs have risen again this quarter. We're keeping increases as small as we can.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1710593074920003870"
          ],
          "editableUntil" : "2023-10-07T10:49:05.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "id_str" : "1710593074920003870",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1710593074920003870",
      "created_at" : "Sat Oct 07 09:49:05 +0000 2023",
      "favorited" : false,
      "full_text" : "Beetroot sourdough came out PINK inside! Everyone at the stall lost their minds 💗",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1709588505560047494"
          ],
          "editableUntil" : "2023-10-04T16:17:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "5",
      "id_str" : "1709588505560047494",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1709588505560047494",
      "created_at" : "Wed Oct 04 15:17:17 +0000 2023",
      "favorited" : false,
      "full_text" : "Today's bake: milk bread! Soft, pillowy, pulls apart in ribbons. Dreamy!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1709172745175146294"
          ],
          "editableUntil" : "2023-10-03T12:45:12.000Z",
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
            "name" : "Rye Grandpa Otto",
            "screen_name" : "rye_grandpa_otto",
            "indices" : [
              "3",
              "20"
            ],
            "id_str" : "1238488086377025616",
            "id" : "1238488086377025616"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "104"
      ],
      "favorite_count" : "0",
      "id_str" : "1709172745175146294",
      "truncated" : false,
      "retweet_count" : "49",
      "id" : "1709172745175146294",
      "created_at" : "Tue Oct 03 11:45:12 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @rye_grandpa_otto: Rye is not difficult. Rye is just honest. It tells you exactly what you did wrong.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1709138330910124869"
          ],
          "editableUntil" : "2023-10-03T10:28:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "2",
      "id_str" : "1709138330910124869",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1709138330910124869",
      "created_at" : "Tue Oct 03 09:28:27 +0000 2023",
      "favorited" : false,
      "full_text" : "Flour went up again at the shop. 30p more a bag in three months. My wallet is not rising as well as my dough is 😅",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1708378390134319095"
          ],
          "editableUntil" : "2023-10-01T08:08:43.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "5",
      "id_str" : "1708378390134319095",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1708378390134319095",
      "created_at" : "Sun Oct 01 07:08:43 +0000 2023",
      "favorited" : false,
      "full_text" : "Trying a spelt loaf for the first time. It feels so different in the hands, much more delicate!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1707720266087997573"
          ],
          "editableUntil" : "2023-09-29T12:33:34.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "8",
      "id_str" : "1707720266087997573",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1707720266087997573",
      "created_at" : "Fri Sep 29 11:33:34 +0000 2023",
      "favorited" : false,
      "full_text" : "Stale bread is just croutons waiting to happen! Or bread pudding. Or French toast. Never waste!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1706225579719250805"
          ],
          "editableUntil" : "2023-09-25T09:34:13.000Z",
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
      "favorite_count" : "5",
      "id_str" : "1706225579719250805",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1706225579719250805",
      "created_at" : "Mon Sep 25 08:34:13 +0000 2023",
      "favorited" : false,
      "full_text" : "Sunday crumpets using sourdough discard. The holes! The butter! The happiness!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1705690801766138468"
          ],
          "editableUntil" : "2023-09-23T22:09:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "id_str" : "1705690801766138468",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1705690801766138468",
      "created_at" : "Sat Sep 23 21:09:12 +0000 2023",
      "favorited" : false,
      "full_text" : "Sesame crust and soft inside. This one's going straight to the stall tomorrow!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1705218095314696135"
          ],
          "editableUntil" : "2023-09-22T14:50:50.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Baking Science Bea",
            "screen_name" : "baking_science_bea",
            "indices" : [
              "0",
              "19"
            ],
            "id_str" : "1281410183534528750",
            "id" : "1281410183534528750"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "20",
        "86"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1705174558438806256",
      "id_str" : "1705218095314696135",
      "in_reply_to_user_id" : "1281410183534528750",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1705218095314696135",
      "in_reply_to_status_id" : "1705174558438806256",
      "created_at" : "Fri Sep 22 13:50:50 +0000 2023",
      "favorited" : false,
      "full_text" : "@baking_science_bea this explains why my winter loaves are so much tangier! Thank you!",
      "lang" : "en",
      "in_reply_to_screen_name" : "baking_science_bea",
      "in_reply_to_user_id_str" : "1281410183534528750"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1705164601161240777"
          ],
          "editableUntil" : "2023-09-22T11:18:16.000Z",
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
      "favorite_count" : "1",
      "id_str" : "1705164601161240777",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1705164601161240777",
      "created_at" : "Fri Sep 22 10:18:16 +0000 2023",
      "favorited" : false,
      "full_text" : "The radiator in the hallway is the warmest spot in the flat so that's where the dough lives now. Sorry, coats!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1704067878745117302"
          ],
          "editableUntil" : "2023-09-19T10:40:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "id_str" : "1704067878745117302",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1704067878745117302",
      "created_at" : "Tue Sep 19 09:40:17 +0000 2023",
      "favorited" : false,
      "full_text" : "Tangy or mild? I can never decide how sour I want my sourdough. Depends on the weather, honestly.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1702232346459839256"
          ],
          "editableUntil" : "2023-09-14T09:06:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "22",
      "id_str" : "1702232346459839256",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1702232346459839256",
      "created_at" : "Thu Sep 14 08:06:32 +0000 2023",
      "favorited" : false,
      "full_text" : "A dough scraper is the most useful tool in the kitchen and costs about two quid. Get one!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1701706254910483719"
          ],
          "editableUntil" : "2023-09-12T22:16:02.000Z",
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
        "72"
      ],
      "favorite_count" : "1",
      "id_str" : "1701706254910483719",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1701706254910483719",
      "created_at" : "Tue Sep 12 21:16:02 +0000 2023",
      "favorited" : false,
      "full_text" : "Reader, the loaf stuck to the banneton. It's now a pancake with a dream.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700887015064161512"
          ],
          "editableUntil" : "2023-09-10T16:00:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "breadscience",
            "indices" : [
              "114",
              "127"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/J85BLWILdL",
            "expanded_url" : "https://lenabakes.example.com/blog/cold-retard-experiment-12h-lt-24h",
            "display_url" : "lenabakes.example.com/b…",
            "indices" : [
              "90",
              "113"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "127"
      ],
      "favorite_count" : "11",
      "id_str" : "1700887015064161512",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1700887015064161512",
      "possibly_sensitive" : false,
      "created_at" : "Sun Sep 10 15:00:40 +0000 2023",
      "favorited" : false,
      "full_text" : "Cold retard experiment: 12h &lt; 24h &lt; 48h for flavour, but 48h loses some oven spring https://t.co/J85BLWILdL #breadscience",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700768513390439246"
          ],
          "editableUntil" : "2023-09-10T08:09:47.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "id_str" : "1700768513390439246",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1700768513390439246",
      "created_at" : "Sun Sep 10 07:09:47 +0000 2023",
      "favorited" : false,
      "full_text" : "A customer brought me a photo of her toast made with my loaf. People are so lovely!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700411305491933342"
          ],
          "editableUntil" : "2023-09-09T08:30:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "0",
      "id_str" : "1700411305491933342",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1700411305491933342",
      "created_at" : "Sat Sep 09 07:30:22 +0000 2023",
      "favorited" : false,
      "full_text" : "carbs.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1699760311761869638"
          ],
          "editableUntil" : "2023-09-07T13:23:33.000Z",
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
      "favorite_count" : "3",
      "id_str" : "1699760311761869638",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1699760311761869638",
      "created_at" : "Thu Sep 07 12:23:33 +0000 2023",
      "favorited" : false,
      "full_text" : "Rainy Sunday, slow ferment, big pot of soup, and a loaf still warm enough to melt the butter. Perfect day!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1699419386149667087"
          ],
          "editableUntil" : "2023-09-06T14:48:50.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Flourpower Kat",
            "screen_name" : "flourpower_kat",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "849974829949624051",
            "id" : "849974829949624051"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "16",
        "72"
      ],
      "favorite_count" : "23",
      "in_reply_to_status_id_str" : "1699399253489484969",
      "id_str" : "1699419386149667087",
      "in_reply_to_user_id" : "849974829949624051",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1699419386149667087",
      "in_reply_to_status_id" : "1699399253489484969",
      "created_at" : "Wed Sep 06 13:48:50 +0000 2023",
      "favorited" : false,
      "full_text" : "@flourpower_kat rice flour in the banneton, trust me. Never stuck since!",
      "lang" : "en",
      "in_reply_to_screen_name" : "flourpower_kat",
      "in_reply_to_user_id_str" : "849974829949624051"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1699049385623521083"
          ],
          "editableUntil" : "2023-09-05T14:18:35.000Z",
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
        "73"
      ],
      "favorite_count" : "6",
      "id_str" : "1699049385623521083",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1699049385623521083",
      "created_at" : "Tue Sep 05 13:18:35 +0000 2023",
      "favorited" : false,
      "full_text" : "Bread and butter is a complete meal and nobody can convince me otherwise!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1697491029721025021"
          ],
          "editableUntil" : "2023-09-01T07:06:14.000Z",
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
      "favorite_count" : "10",
      "id_str" : "1697491029721025021",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1697491029721025021",
      "created_at" : "Fri Sep 01 06:06:14 +0000 2023",
      "favorited" : false,
      "full_text" : "Made a loaf in the shape of a heart for my best friend's engagement! 💕",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1695406192196877202"
          ],
          "editableUntil" : "2023-08-26T13:01:50.000Z",
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
            "name" : "The Rye Guy 22",
            "screen_name" : "the_rye_guy_22",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "598535781336018299",
            "id" : "598535781336018299"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "16",
        "100"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1695331701357050654",
      "id_str" : "1695406192196877202",
      "in_reply_to_user_id" : "598535781336018299",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1695406192196877202",
      "in_reply_to_status_id" : "1695331701357050654",
      "created_at" : "Sat Aug 26 12:01:50 +0000 2023",
      "favorited" : false,
      "full_text" : "@the_rye_guy_22 100% the cold retard. Overnight in the fridge and the flavour goes through the roof!",
      "lang" : "en",
      "in_reply_to_screen_name" : "the_rye_guy_22",
      "in_reply_to_user_id_str" : "598535781336018299"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1694756700029506996"
          ],
          "editableUntil" : "2023-08-24T18:00:59.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "39"
      ],
      "favorite_count" : "3",
      "id_str" : "1694756700029506996",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1694756700029506996",
      "created_at" : "Thu Aug 24 17:00:59 +0000 2023",
      "favorited" : false,
      "full_text" : "It's not a mistake, it's a rustic loaf!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1693894405651382618"
          ],
          "editableUntil" : "2023-08-22T08:54:32.000Z",
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
      "favorite_count" : "2",
      "id_str" : "1693894405651382618",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1693894405651382618",
      "created_at" : "Tue Aug 22 07:54:32 +0000 2023",
      "favorited" : false,
      "full_text" : "The postman now calls me \"the bread lady\" too. The branding is working.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1693163439127023539"
          ],
          "editableUntil" : "2023-08-20T08:29:56.000Z",
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
        "62"
      ],
      "favorite_count" : "1",
      "id_str" : "1693163439127023539",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1693163439127023539",
      "created_at" : "Sun Aug 20 07:29:56 +0000 2023",
      "favorited" : false,
      "full_text" : "Windowpane test passed on the first try. I feel like a wizard!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1692428169247876036"
          ],
          "editableUntil" : "2023-08-18T07:48:14.000Z",
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
      "favorite_count" : "0",
      "id_str" : "1692428169247876036",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1692428169247876036",
      "created_at" : "Fri Aug 18 06:48:14 +0000 2023",
      "favorited" : false,
      "full_text" : "My tiny oven fits exactly one Dutch oven and zero ambition. We make it work!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1689305249872963216"
          ],
          "editableUntil" : "2023-08-09T16:58:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "id_str" : "1689305249872963216",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1689305249872963216",
      "created_at" : "Wed Aug 09 15:58:52 +0000 2023",
      "favorited" : false,
      "full_text" : "Gertrude the starter doubled in four hours this morning! She's clearly feeling the spring warmth as much as I am 🌼",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1688905230712706170"
          ],
          "editableUntil" : "2023-08-08T14:29:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "id_str" : "1688905230712706170",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1688905230712706170",
      "created_at" : "Tue Aug 08 13:29:20 +0000 2023",
      "favorited" : false,
      "full_text" : "Proof is in the... actually, the proof is on the counter and it's looking gorgeous!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1688794744357639548"
          ],
          "editableUntil" : "2023-08-08T07:10:18.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "7",
      "id_str" : "1688794744357639548",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1688794744357639548",
      "created_at" : "Tue Aug 08 06:10:18 +0000 2023",
      "favorited" : false,
      "full_text" : "The new stall next to mine sells cheese. This is dangerous. Very, very dangerous.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1688520785001637536"
          ],
          "editableUntil" : "2023-08-07T13:01:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "id_str" : "1688520785001637536",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1688520785001637536",
      "created_at" : "Mon Aug 07 12:01:41 +0000 2023",
      "favorited" : false,
      "full_text" : "Woke up at 5:15 without an alarm because apparently my body now runs on fermentation schedules.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1688467492175968961"
          ],
          "editableUntil" : "2023-08-07T09:29:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "0",
      "id_str" : "1688467492175968961",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1688467492175968961",
      "created_at" : "Mon Aug 07 08:29:55 +0000 2023",
      "favorited" : false,
      "full_text" : "Bread makes people happy and making people happy makes me happy. Simple as that!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1687129043629187135"
          ],
          "editableUntil" : "2023-08-03T16:51:24.000Z",
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
        "98"
      ],
      "favorite_count" : "0",
      "id_str" : "1687129043629187135",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1687129043629187135",
      "created_at" : "Thu Aug 03 15:51:24 +0000 2023",
      "favorited" : false,
      "full_text" : "The bakers' group chat is just 40 photos of crumb and one person asking where to buy rye. Love it!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1687002816054237369"
          ],
          "editableUntil" : "2023-08-03T08:29:49.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "6",
      "id_str" : "1687002816054237369",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1687002816054237369",
      "created_at" : "Thu Aug 03 07:29:49 +0000 2023",
      "favorited" : false,
      "full_text" : "Still warm loaf, salted butter, a blanket and a book. The perfect rainy day menu!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1686650813283878090"
          ],
          "editableUntil" : "2023-08-02T09:11:05.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "10",
      "id_str" : "1686650813283878090",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1686650813283878090",
      "created_at" : "Wed Aug 02 08:11:05 +0000 2023",
      "favorited" : false,
      "full_text" : "I feel so lucky to do what I love, even if it's from a tiny flat with a wobbly oven!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1686294075147063066"
          ],
          "editableUntil" : "2023-08-01T09:33:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "2",
      "id_str" : "1686294075147063066",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1686294075147063066",
      "created_at" : "Tue Aug 01 08:33:32 +0000 2023",
      "favorited" : false,
      "full_text" : "Bake, sleep, bake again. That's the whole plan for the long weekend and I'm thrilled!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1685994404706735519"
          ],
          "editableUntil" : "2023-07-31T13:42:45.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "12",
      "id_str" : "1685994404706735519",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1685994404706735519",
      "created_at" : "Mon Jul 31 12:42:45 +0000 2023",
      "favorited" : false,
      "full_text" : "Thinking about opening a proper little bakery one day. For now the stall and my tiny oven are enough!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1685611116625636830"
          ],
          "editableUntil" : "2023-07-30T12:19:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "id_str" : "1685611116625636830",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1685611116625636830",
      "created_at" : "Sun Jul 30 11:19:42 +0000 2023",
      "favorited" : false,
      "full_text" : "Batard or boule? Boule today, batard tomorrow. I don't make the rules. Actually I do.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1684222214799226945"
          ],
          "editableUntil" : "2023-07-26T16:20:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "id_str" : "1684222214799226945",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1684222214799226945",
      "created_at" : "Wed Jul 26 15:20:42 +0000 2023",
      "favorited" : false,
      "full_text" : "Tea, toast, and a quiet morning. I need nothing else today!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1684179369983485870"
          ],
          "editableUntil" : "2023-07-26T13:30:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "0",
      "id_str" : "1684179369983485870",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1684179369983485870",
      "created_at" : "Wed Jul 26 12:30:27 +0000 2023",
      "favorited" : false,
      "full_text" : "Market day prep: 14 loaves, 30 buns, one very tired baker. Come say hi!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1681189313576641730"
          ],
          "editableUntil" : "2023-07-18T07:29:02.000Z",
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
      "favorite_count" : "8",
      "id_str" : "1681189313576641730",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1681189313576641730",
      "created_at" : "Tue Jul 18 06:29:02 +0000 2023",
      "favorited" : false,
      "full_text" : "Flour delivery came and I hugged the delivery driver. He was not expecting that.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1681169885560129253"
          ],
          "editableUntil" : "2023-07-18T06:11:50.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "9",
      "id_str" : "1681169885560129253",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1681169885560129253",
      "created_at" : "Tue Jul 18 05:11:50 +0000 2023",
      "favorited" : false,
      "full_text" : "Baking bread at midnight because I couldn't sleep. The flat smells wonderful. Still can't sleep.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1679806598347749138"
          ],
          "editableUntil" : "2023-07-14T11:54:37.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "sourdough",
            "indices" : [
              "91",
              "101"
            ]
          },
          {
            "text" : "breadbaking",
            "indices" : [
              "102",
              "114"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/nlbh6fOYbV",
            "expanded_url" : "https://lenabakes.example.com/blog/new-blog-post-my-full-sourdough",
            "display_url" : "lenabakes.example.com/b…",
            "indices" : [
              "67",
              "90"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "114"
      ],
      "favorite_count" : "1",
      "id_str" : "1679806598347749138",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1679806598347749138",
      "possibly_sensitive" : false,
      "created_at" : "Fri Jul 14 10:54:37 +0000 2023",
      "favorited" : false,
      "full_text" : "New blog post: my full sourdough schedule for people with day jobs https://t.co/nlbh6fOYbV #sourdough #breadbaking",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1679388292019328927"
          ],
          "editableUntil" : "2023-07-13T08:12:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "3",
      "id_str" : "1679388292019328927",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1679388292019328927",
      "created_at" : "Thu Jul 13 07:12:25 +0000 2023",
      "favorited" : false,
      "full_text" : "There's flour in my hair and a smile on my face. Good morning!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1679026545885087076"
          ],
          "editableUntil" : "2023-07-12T08:14:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "8",
      "id_str" : "1679026545885087076",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1679026545885087076",
      "created_at" : "Wed Jul 12 07:14:58 +0000 2023",
      "favorited" : false,
      "full_text" : "Tiny flat problem: the only counter space is also the only place to put the kettle. Bread wins every time.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1678638593737187150"
          ],
          "editableUntil" : "2023-07-11T06:33:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "7",
      "id_str" : "1678638593737187150",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1678638593737187150",
      "created_at" : "Tue Jul 11 05:33:23 +0000 2023",
      "favorited" : false,
      "full_text" : "Made a brioche so rich it should be paying taxes.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1678311496745502261"
          ],
          "editableUntil" : "2023-07-10T08:53:37.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "4",
      "id_str" : "1678311496745502261",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1678311496745502261",
      "created_at" : "Mon Jul 10 07:53:37 +0000 2023",
      "favorited" : false,
      "full_text" : "Neighbours' kids came over to shape their own rolls. One made a snail, one made a dinosaur. Ten out of ten!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1678016599422701198"
          ],
          "editableUntil" : "2023-07-09T13:21:48.000Z",
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
      "favorite_count" : "4",
      "id_str" : "1678016599422701198",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1678016599422701198",
      "created_at" : "Sun Jul 09 12:21:48 +0000 2023",
      "favorited" : false,
      "full_text" : "A neighbour I've never spoken to left a thank you note on my door for \"the smell every Saturday\". My heart!!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1677776307748143775"
          ],
          "editableUntil" : "2023-07-08T21:26:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "11",
      "id_str" : "1677776307748143775",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1677776307748143775",
      "created_at" : "Sat Jul 08 20:26:58 +0000 2023",
      "favorited" : false,
      "full_text" : "Reminder to self: do NOT score the loaf while thinking about something else. I have made a very wonky letter L.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1677657592165482784"
          ],
          "editableUntil" : "2023-07-08T13:35:14.000Z",
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
            "url" : "https://t.co/rWKvH9Fuk7",
            "expanded_url" : "https://lenabakes.example.com/photos/740",
            "display_url" : "lenabakes.example.com/p…",
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
      "favorite_count" : "7",
      "id_str" : "1677657592165482784",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1677657592165482784",
      "possibly_sensitive" : false,
      "created_at" : "Sat Jul 08 12:35:14 +0000 2023",
      "favorited" : false,
      "full_text" : "https://t.co/rWKvH9Fuk7",
      "lang" : "zxx"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1677407208996777896"
          ],
          "editableUntil" : "2023-07-07T21:00:18.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "bread",
            "indices" : [
              "107",
              "113"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/LEqqTRJAIk",
            "expanded_url" : "https://lenabakes.example.com/blog/wholemeal-vs-white-a-taste-test",
            "display_url" : "lenabakes.example.com/b…",
            "indices" : [
              "83",
              "106"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "39",
      "id_str" : "1677407208996777896",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1677407208996777896",
      "possibly_sensitive" : false,
      "created_at" : "Fri Jul 07 20:00:18 +0000 2023",
      "favorited" : false,
      "full_text" : "Wholemeal vs white: a taste test with the neighbours, and the results surprised me https://t.co/LEqqTRJAIk #bread",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1677207228776584320"
          ],
          "editableUntil" : "2023-07-07T07:45:39.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "48"
      ],
      "favorite_count" : "0",
      "id_str" : "1677207228776584320",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1677207228776584320",
      "created_at" : "Fri Jul 07 06:45:39 +0000 2023",
      "favorited" : false,
      "full_text" : "Gertrude has been fed. All is well in the world.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1675389975265771842"
          ],
          "editableUntil" : "2023-07-02T07:24:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "id_str" : "1675389975265771842",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1675389975265771842",
      "created_at" : "Sun Jul 02 06:24:32 +0000 2023",
      "favorited" : false,
      "full_text" : "If you're starting out: weigh everything. Cups are a lie. I say this with love!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1674678847799336050"
          ],
          "editableUntil" : "2023-06-30T08:18:46.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "74"
      ],
      "favorite_count" : "1",
      "id_str" : "1674678847799336050",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1674678847799336050",
      "created_at" : "Fri Jun 30 07:18:46 +0000 2023",
      "favorited" : false,
      "full_text" : "Used the heat from the cooling oven to dry my socks. Efficient baker life!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1674029359825241053"
          ],
          "editableUntil" : "2023-06-28T13:17:56.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "id_str" : "1674029359825241053",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1674029359825241053",
      "created_at" : "Wed Jun 28 12:17:56 +0000 2023",
      "favorited" : false,
      "full_text" : "Just realised I've fed Gertrude roughly 1500 times since she was born. That's a lot of flour!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1673739868963485108"
          ],
          "editableUntil" : "2023-06-27T18:07:36.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "christmasbaking",
            "indices" : [
              "85",
              "101"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/BnPtoMXfIL",
            "expanded_url" : "https://lenabakes.example.com/blog/christmas-stollen-is-done-and-wrapped",
            "display_url" : "lenabakes.example.com/b…",
            "indices" : [
              "61",
              "84"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "35",
      "id_str" : "1673739868963485108",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1673739868963485108",
      "possibly_sensitive" : false,
      "created_at" : "Tue Jun 27 17:07:36 +0000 2023",
      "favorited" : false,
      "full_text" : "Christmas stollen is done &amp; wrapped for the neighbours 🎄 https://t.co/BnPtoMXfIL #christmasbaking",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1672934818447581779"
          ],
          "editableUntil" : "2023-06-25T12:48:37.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "10",
      "id_str" : "1672934818447581779",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1672934818447581779",
      "created_at" : "Sun Jun 25 11:48:37 +0000 2023",
      "favorited" : false,
      "full_text" : "finally!!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1671515432419996265"
          ],
          "editableUntil" : "2023-06-21T14:48:29.000Z",
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
      "favorite_count" : "5",
      "id_str" : "1671515432419996265",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1671515432419996265",
      "created_at" : "Wed Jun 21 13:48:29 +0000 2023",
      "favorited" : false,
      "full_text" : "Things I've learned: a cold kitchen is not your enemy, just a slower friend!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1670709475934862544"
          ],
          "editableUntil" : "2023-06-19T09:25:54.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Saturday Market St",
            "screen_name" : "saturday_market_st",
            "indices" : [
              "0",
              "19"
            ],
            "id_str" : "664283002223362299",
            "id" : "664283002223362299"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "20",
        "113"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1670591196562234702",
      "id_str" : "1670709475934862544",
      "in_reply_to_user_id" : "664283002223362299",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1670709475934862544",
      "in_reply_to_status_id" : "1670591196562234702",
      "created_at" : "Mon Jun 19 08:25:54 +0000 2023",
      "favorited" : false,
      "full_text" : "@saturday_market_st see you Saturday! I'll bring extra seeded loaves this time, they sold out too fast last week.",
      "lang" : "en",
      "in_reply_to_screen_name" : "saturday_market_st",
      "in_reply_to_user_id_str" : "664283002223362299"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1670173599072871571"
          ],
          "editableUntil" : "2023-06-17T21:56:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "id_str" : "1670173599072871571",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1670173599072871571",
      "created_at" : "Sat Jun 17 20:56:31 +0000 2023",
      "favorited" : false,
      "full_text" : "Back from a week away and Gertrude is alive! Sluggish but alive. Welcome back party tonight!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1669311300499965388"
          ],
          "editableUntil" : "2023-06-15T12:50:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "1",
      "id_str" : "1669311300499965388",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1669311300499965388",
      "created_at" : "Thu Jun 15 11:50:03 +0000 2023",
      "favorited" : false,
      "full_text" : "Scoring patterns are my meditation. Wheat stalks today, took me four tries to get the angle right!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1669248570490381692"
          ],
          "editableUntil" : "2023-06-15T08:40:47.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "focacciaart",
            "indices" : [
              "59",
              "71"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/7Ohvtbo13U",
            "expanded_url" : "https://lenabakes.example.com/blog/focaccia-garden-art-step-by-step",
            "display_url" : "lenabakes.example.com/b…",
            "indices" : [
              "35",
              "58"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "71"
      ],
      "favorite_count" : "6",
      "id_str" : "1669248570490381692",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1669248570490381692",
      "possibly_sensitive" : false,
      "created_at" : "Thu Jun 15 07:40:47 +0000 2023",
      "favorited" : false,
      "full_text" : "Focaccia garden art, step by step! https://t.co/7Ohvtbo13U #focacciaart",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1669003564415622724"
          ],
          "editableUntil" : "2023-06-14T16:27:13.000Z",
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
        "69"
      ],
      "favorite_count" : "15",
      "id_str" : "1669003564415622724",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1669003564415622724",
      "created_at" : "Wed Jun 14 15:27:13 +0000 2023",
      "favorited" : false,
      "full_text" : "Wind knocked the market gazebo over. Loaves are fine! My hair is not.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1667085186233881546"
          ],
          "editableUntil" : "2023-06-09T09:24:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "6",
      "id_str" : "1667085186233881546",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1667085186233881546",
      "created_at" : "Fri Jun 09 08:24:16 +0000 2023",
      "favorited" : false,
      "full_text" : "My first ever loaf back in 2019 was so hard we used it as a doorstop. We've come a long way!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1665276908533051594"
          ],
          "editableUntil" : "2023-06-04T09:38:49.000Z",
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
            "name" : "Baking Science Bea",
            "screen_name" : "baking_science_bea",
            "indices" : [
              "0",
              "19"
            ],
            "id_str" : "1281410183534528750",
            "id" : "1281410183534528750"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "20",
        "106"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1665271623712836457",
      "id_str" : "1665276908533051594",
      "in_reply_to_user_id" : "1281410183534528750",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1665276908533051594",
      "in_reply_to_status_id" : "1665271623712836457",
      "created_at" : "Sun Jun 04 08:38:49 +0000 2023",
      "favorited" : false,
      "full_text" : "@baking_science_bea could you do a thread on hydration next? I get asked about it every week at the stall!",
      "lang" : "en",
      "in_reply_to_screen_name" : "baking_science_bea",
      "in_reply_to_user_id_str" : "1281410183534528750"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1664735201591531064"
          ],
          "editableUntil" : "2023-06-02T21:46:16.000Z",
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
      "favorite_count" : "8",
      "id_str" : "1664735201591531064",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1664735201591531064",
      "created_at" : "Fri Jun 02 20:46:16 +0000 2023",
      "favorited" : false,
      "full_text" : "Opened the window to cool the flat and the pigeons came to inspect the loaves. Not today, gentlemen!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1664615479375846728"
          ],
          "editableUntil" : "2023-06-02T13:50:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "26",
      "id_str" : "1664615479375846728",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1664615479375846728",
      "created_at" : "Fri Jun 02 12:50:32 +0000 2023",
      "favorited" : false,
      "full_text" : "Garlic and herb pull-apart bread for movie night. Best decision I've made all week!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1664506729461258222"
          ],
          "editableUntil" : "2023-06-02T06:38:24.000Z",
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
        "48"
      ],
      "favorite_count" : "0",
      "id_str" : "1664506729461258222",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1664506729461258222",
      "created_at" : "Fri Jun 02 05:38:24 +0000 2023",
      "favorited" : false,
      "full_text" : "Gertrude has been fed. All is well in the world.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1663065398835728362"
          ],
          "editableUntil" : "2023-05-29T07:11:04.000Z",
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
            "name" : "Flourpower Kat",
            "screen_name" : "flourpower_kat",
            "indices" : [
              "3",
              "18"
            ],
            "id_str" : "849974829949624051",
            "id" : "849974829949624051"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "0",
      "id_str" : "1663065398835728362",
      "truncated" : false,
      "retweet_count" : "16",
      "id" : "1663065398835728362",
      "created_at" : "Mon May 29 06:11:04 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @flourpower_kat: Bakers of the world, unite! And also please stop buying all the rye flour before I get there.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1662710762044543772"
          ],
          "editableUntil" : "2023-05-28T07:41:52.000Z",
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
            "name" : "Marco Bikes Bread",
            "screen_name" : "marco_bikes_bread",
            "indices" : [
              "0",
              "18"
            ],
            "id_str" : "195678735831884246",
            "id" : "195678735831884246"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "19",
        "99"
      ],
      "favorite_count" : "6",
      "in_reply_to_status_id_str" : "1662682324665157591",
      "id_str" : "1662710762044543772",
      "in_reply_to_user_id" : "195678735831884246",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1662710762044543772",
      "in_reply_to_status_id" : "1662682324665157591",
      "created_at" : "Sun May 28 06:41:52 +0000 2023",
      "favorited" : false,
      "full_text" : "@marco_bikes_bread the potato loaf keeps for about four days in a bread bag. If it lasts that long!",
      "lang" : "en",
      "in_reply_to_screen_name" : "marco_bikes_bread",
      "in_reply_to_user_id_str" : "195678735831884246"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1662394238892195249"
          ],
          "editableUntil" : "2023-05-27T10:44:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "1",
      "id_str" : "1662394238892195249",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1662394238892195249",
      "created_at" : "Sat May 27 09:44:07 +0000 2023",
      "favorited" : false,
      "full_text" : "The bakery down the road closed down today. Feeling sad for the owners. Every bakery matters 💔",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1661619987150482488"
          ],
          "editableUntil" : "2023-05-25T07:27:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "id_str" : "1661619987150482488",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1661619987150482488",
      "created_at" : "Thu May 25 06:27:31 +0000 2023",
      "favorited" : false,
      "full_text" : "Carrot cake loaf for Mr. Okafor's grandson's birthday! Cream cheese frosting because I'm not a monster.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1661361135680497265"
          ],
          "editableUntil" : "2023-05-24T14:18:56.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "4",
      "id_str" : "1661361135680497265",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1661361135680497265",
      "created_at" : "Wed May 24 13:18:56 +0000 2023",
      "favorited" : false,
      "full_text" : "Crispy crust, soft inside, warm butter. That's a perfect Tuesday!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1661279342559562534"
          ],
          "editableUntil" : "2023-05-24T08:53:55.000Z",
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
            "url" : "https://t.co/nA6pYE69fh",
            "expanded_url" : "https://lenabakes.example.com/photos/539",
            "display_url" : "lenabakes.example.com/p…",
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
      "favorite_count" : "2",
      "id_str" : "1661279342559562534",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1661279342559562534",
      "possibly_sensitive" : false,
      "created_at" : "Wed May 24 07:53:55 +0000 2023",
      "favorited" : false,
      "full_text" : "https://t.co/nA6pYE69fh",
      "lang" : "zxx"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1660546396321281195"
          ],
          "editableUntil" : "2023-05-22T08:21:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "id_str" : "1660546396321281195",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1660546396321281195",
      "created_at" : "Mon May 22 07:21:27 +0000 2023",
      "favorited" : false,
      "full_text" : "Crumb shot incoming... oh no, it's a tunnel. A big tunnel. A rabbit could live in there.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1658214153583165596"
          ],
          "editableUntil" : "2023-05-15T21:53:57.000Z",
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
      "favorite_count" : "13",
      "id_str" : "1658214153583165596",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1658214153583165596",
      "created_at" : "Mon May 15 20:53:57 +0000 2023",
      "favorited" : false,
      "full_text" : "Whole wheat loaves are the underrated heroes of the bread world. Nutty, hearty, kind to your tummy!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1657807574532918334"
          ],
          "editableUntil" : "2023-05-14T18:58:21.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "7",
      "id_str" : "1657807574532918334",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1657807574532918334",
      "created_at" : "Sun May 14 17:58:21 +0000 2023",
      "favorited" : false,
      "full_text" : "proofing...",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1657272788190130644"
          ],
          "editableUntil" : "2023-05-13T07:33:18.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "id_str" : "1657272788190130644",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1657272788190130644",
      "created_at" : "Sat May 13 06:33:18 +0000 2023",
      "favorited" : false,
      "full_text" : "Trying out a new flour from the mill up north. Nutty and sweet. A promising start!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1654472561787627862"
          ],
          "editableUntil" : "2023-05-05T14:06:12.000Z",
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
      "favorite_count" : "7",
      "id_str" : "1654472561787627862",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1654472561787627862",
      "created_at" : "Fri May 05 13:06:12 +0000 2023",
      "favorited" : false,
      "full_text" : "Dear oven, please stop beeping at me at 6am. The neighbours love bread, not alarms.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1653135115681083498"
          ],
          "editableUntil" : "2023-05-01T21:31:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "id_str" : "1653135115681083498",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1653135115681083498",
      "created_at" : "Mon May 01 20:31:40 +0000 2023",
      "favorited" : false,
      "full_text" : "What I thought baking would be: calm. What it is: chaos, flour, and a racing heart at 6am.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1653058905178584283"
          ],
          "editableUntil" : "2023-05-01T16:28:50.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/uDrSlbPrRX",
            "expanded_url" : "https://lenabakes.example.com/blog/starter-feeding-ratio-i-use-1",
            "display_url" : "lenabakes.example.com/b…",
            "indices" : [
              "89",
              "112"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "112"
      ],
      "favorite_count" : "25",
      "id_str" : "1653058905178584283",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1653058905178584283",
      "possibly_sensitive" : false,
      "created_at" : "Mon May 01 15:28:50 +0000 2023",
      "favorited" : false,
      "full_text" : "Starter feeding ratio I use: 1:5:5 when it's warm, 1:2:2 when it's cold. Full notes here https://t.co/uDrSlbPrRX",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1652964147460934697"
          ],
          "editableUntil" : "2023-05-01T10:12:18.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "id_str" : "1652964147460934697",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1652964147460934697",
      "created_at" : "Mon May 01 09:12:18 +0000 2023",
      "favorited" : false,
      "full_text" : "Six loaves, one oven, four hours. The scheduling in this flat is a military operation now.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1652918580540534285"
          ],
          "editableUntil" : "2023-05-01T07:11:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "10",
      "id_str" : "1652918580540534285",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1652918580540534285",
      "created_at" : "Mon May 01 06:11:14 +0000 2023",
      "favorited" : false,
      "full_text" : "Nothing humbles you quite like a flat loaf you were sure would be perfect. Back to the bench tomorrow!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1652303938845792601"
          ],
          "editableUntil" : "2023-04-29T14:28:52.000Z",
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
            "name" : "Rye Grandpa Otto",
            "screen_name" : "rye_grandpa_otto",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "1238488086377025616",
            "id" : "1238488086377025616"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "18",
        "70"
      ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "1652212083586302003",
      "id_str" : "1652303938845792601",
      "in_reply_to_user_id" : "1238488086377025616",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1652303938845792601",
      "in_reply_to_status_id" : "1652212083586302003",
      "created_at" : "Sat Apr 29 13:28:52 +0000 2023",
      "favorited" : false,
      "full_text" : "@rye_grandpa_otto this is beautiful and going on a note on my fridge 💛",
      "lang" : "en",
      "in_reply_to_screen_name" : "rye_grandpa_otto",
      "in_reply_to_user_id_str" : "1238488086377025616"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1649758151508241174"
          ],
          "editableUntil" : "2023-04-22T13:52:49.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "7",
      "id_str" : "1649758151508241174",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1649758151508241174",
      "created_at" : "Sat Apr 22 12:52:49 +0000 2023",
      "favorited" : false,
      "full_text" : "The best bread is the bread you share. The second best is the bread you hide from everyone else!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1649303979685841173"
          ],
          "editableUntil" : "2023-04-21T07:48:06.000Z",
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
      "favorite_count" : "6",
      "id_str" : "1649303979685841173",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1649303979685841173",
      "created_at" : "Fri Apr 21 06:48:06 +0000 2023",
      "favorited" : false,
      "full_text" : "Weekend plan: make sourdough pizzas for the neighbours' garden party! 🍕",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1646755222780938880"
          ],
          "editableUntil" : "2023-04-14T07:00:15.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "id_str" : "1646755222780938880",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1646755222780938880",
      "created_at" : "Fri Apr 14 06:00:15 +0000 2023",
      "favorited" : false,
      "full_text" : "The dough over-proofed while I was on the phone to my mum for two hours. Worth it, honestly.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1646496207731768615"
          ],
          "editableUntil" : "2023-04-13T13:51:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "20",
      "id_str" : "1646496207731768615",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1646496207731768615",
      "created_at" : "Thu Apr 13 12:51:01 +0000 2023",
      "favorited" : false,
      "full_text" : "wow",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1644749284310772809"
          ],
          "editableUntil" : "2023-04-08T18:09:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Local Foodbank Vols",
            "screen_name" : "local_foodbank_vols",
            "indices" : [
              "0",
              "20"
            ],
            "id_str" : "1507752826261838133",
            "id" : "1507752826261838133"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "21",
        "75"
      ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "1644707257382731821",
      "id_str" : "1644749284310772809",
      "in_reply_to_user_id" : "1507752826261838133",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1644749284310772809",
      "in_reply_to_status_id" : "1644707257382731821",
      "created_at" : "Sat Apr 08 17:09:22 +0000 2023",
      "favorited" : false,
      "full_text" : "@local_foodbank_vols happy to help! I'll drop off another 20 next Thursday.",
      "lang" : "en",
      "in_reply_to_screen_name" : "local_foodbank_vols",
      "in_reply_to_user_id_str" : "1507752826261838133"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1643562350802833124"
          ],
          "editableUntil" : "2023-04-05T11:32:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "8",
      "id_str" : "1643562350802833124",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1643562350802833124",
      "created_at" : "Wed Apr 05 10:32:55 +0000 2023",
      "favorited" : false,
      "full_text" : "Shaping is the part I'm worst at and the part I love most. Funny how that works.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1642966487006380257"
          ],
          "editableUntil" : "2023-04-03T20:05:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "8",
      "id_str" : "1642966487006380257",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1642966487006380257",
      "created_at" : "Mon Apr 03 19:05:10 +0000 2023",
      "favorited" : false,
      "full_text" : "Olive and rosemary loaf sold out first today. Noted for next week!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1641343350078848668"
          ],
          "editableUntil" : "2023-03-30T08:35:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "19",
      "id_str" : "1641343350078848668",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1641343350078848668",
      "created_at" : "Thu Mar 30 07:35:24 +0000 2023",
      "favorited" : false,
      "full_text" : "Today: gluten free bread for a friend. Tricky but tasty! Respect to everyone who does this every day.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1641002898423535230"
          ],
          "editableUntil" : "2023-03-29T10:02:34.000Z",
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
        "69"
      ],
      "favorite_count" : "13",
      "id_str" : "1641002898423535230",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1641002898423535230",
      "created_at" : "Wed Mar 29 09:02:34 +0000 2023",
      "favorited" : false,
      "full_text" : "My starter is more reliable than the bus. At least she rises on time!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1640965502010307648"
          ],
          "editableUntil" : "2023-03-29T07:33:58.000Z",
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
        "85"
      ],
      "favorite_count" : "9",
      "id_str" : "1640965502010307648",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1640965502010307648",
      "created_at" : "Wed Mar 29 06:33:58 +0000 2023",
      "favorited" : false,
      "full_text" : "I swear the dough knows when I'm in a hurry and slows down just to teach me a lesson.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1640698693941008775"
          ],
          "editableUntil" : "2023-03-28T13:53:46.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "2",
      "id_str" : "1640698693941008775",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1640698693941008775",
      "created_at" : "Tue Mar 28 12:53:46 +0000 2023",
      "favorited" : false,
      "full_text" : "bake day",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1638297610089748199"
          ],
          "editableUntil" : "2023-03-21T22:52:43.000Z",
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
      "favorite_count" : "1",
      "id_str" : "1638297610089748199",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1638297610089748199",
      "created_at" : "Tue Mar 21 21:52:43 +0000 2023",
      "favorited" : false,
      "full_text" : "My banneton has more flour caked into it than my actual bags of flour do at this point.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1636271383773752208"
          ],
          "editableUntil" : "2023-03-16T08:41:13.000Z",
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
      "favorite_count" : "0",
      "id_str" : "1636271383773752208",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1636271383773752208",
      "created_at" : "Thu Mar 16 07:41:13 +0000 2023",
      "favorited" : false,
      "full_text" : "Gave away two loaves to the new couple on the third floor. Welcome to the building, have some carbs!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1634443426395580231"
          ],
          "editableUntil" : "2023-03-11T07:37:34.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "5",
      "id_str" : "1634443426395580231",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1634443426395580231",
      "created_at" : "Sat Mar 11 06:37:34 +0000 2023",
      "favorited" : false,
      "full_text" : "Good morning from the oven! 🍞",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1634155126715791063"
          ],
          "editableUntil" : "2023-03-10T12:31:58.000Z",
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
        "75"
      ],
      "favorite_count" : "0",
      "id_str" : "1634155126715791063",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1634155126715791063",
      "created_at" : "Fri Mar 10 11:31:58 +0000 2023",
      "favorited" : false,
      "full_text" : "Wet hands for shaping. Dry hands for everything else. Floury hands forever.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1634105478741127451"
          ],
          "editableUntil" : "2023-03-10T09:14:41.000Z",
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
      "favorite_count" : "3",
      "id_str" : "1634105478741127451",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1634105478741127451",
      "created_at" : "Fri Mar 10 08:14:41 +0000 2023",
      "favorited" : false,
      "full_text" : "The first slice is always the best slice. I have no proof. I just know!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1634101045362721071"
          ],
          "editableUntil" : "2023-03-10T08:57:04.000Z",
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
        "63"
      ],
      "favorite_count" : "5",
      "id_str" : "1634101045362721071",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1634101045362721071",
      "created_at" : "Fri Mar 10 07:57:04 +0000 2023",
      "favorited" : false,
      "full_text" : "Bagels! Boiled, baked, devoured. Honestly easier than I feared!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1633808203252588358"
          ],
          "editableUntil" : "2023-03-09T13:33:25.000Z",
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
        "126"
      ],
      "favorite_count" : "4",
      "id_str" : "1633808203252588358",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1633808203252588358",
      "created_at" : "Thu Mar 09 12:33:25 +0000 2023",
      "favorited" : false,
      "full_text" : "Mrs. Hale next door knocked to ask if I was \"the one making the whole corridor smell like heaven\". Gave her a loaf, obviously!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1633728268205784198"
          ],
          "editableUntil" : "2023-03-09T08:15:47.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "id_str" : "1633728268205784198",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1633728268205784198",
      "created_at" : "Thu Mar 09 07:15:47 +0000 2023",
      "favorited" : false,
      "full_text" : "Finally getting consistent ears on my loaves! Only took 200 bakes!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1633346624289034399"
          ],
          "editableUntil" : "2023-03-08T06:59:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "brioche",
            "indices" : [
              "75",
              "83"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/DGJ6sWk7Uu",
            "expanded_url" : "https://lenabakes.example.com/blog/brioche-day-butter-count-too-much",
            "display_url" : "lenabakes.example.com/b…",
            "indices" : [
              "51",
              "74"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "83"
      ],
      "favorite_count" : "2",
      "id_str" : "1633346624289034399",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1633346624289034399",
      "possibly_sensitive" : false,
      "created_at" : "Wed Mar 08 05:59:16 +0000 2023",
      "favorited" : false,
      "full_text" : "Brioche day! Butter count: too much. Regrets: none https://t.co/DGJ6sWk7Uu #brioche",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1632835242162473821"
          ],
          "editableUntil" : "2023-03-06T21:07:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/wj4LLNABIL",
            "expanded_url" : "https://lenabakes.example.com/blog/5-mistakes-i-made-as-a",
            "display_url" : "lenabakes.example.com/b…",
            "indices" : [
              "64",
              "87"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "5",
      "id_str" : "1632835242162473821",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1632835242162473821",
      "possibly_sensitive" : false,
      "created_at" : "Mon Mar 06 20:07:13 +0000 2023",
      "favorited" : false,
      "full_text" : "5 mistakes I made as a beginner baker (&amp; how to avoid them) https://t.co/wj4LLNABIL",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1632733035361554771"
          ],
          "editableUntil" : "2023-03-06T14:21:05.000Z",
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
            "name" : "Crumb Club Ldn",
            "screen_name" : "crumb_club_ldn",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "962825969622045240",
            "id" : "962825969622045240"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "16",
        "95"
      ],
      "favorite_count" : "9",
      "in_reply_to_status_id_str" : "1632667604221466318",
      "id_str" : "1632733035361554771",
      "in_reply_to_user_id" : "962825969622045240",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1632733035361554771",
      "in_reply_to_status_id" : "1632667604221466318",
      "created_at" : "Mon Mar 06 13:21:05 +0000 2023",
      "favorited" : false,
      "full_text" : "@crumb_club_ldn oh my goodness, thank you!! I nearly didn't enter it because of the wonky ear 🙈",
      "lang" : "en",
      "in_reply_to_screen_name" : "crumb_club_ldn",
      "in_reply_to_user_id_str" : "962825969622045240"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1631401712940487949"
          ],
          "editableUntil" : "2023-03-02T22:10:53.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "3",
      "id_str" : "1631401712940487949",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1631401712940487949",
      "created_at" : "Thu Mar 02 21:10:53 +0000 2023",
      "favorited" : false,
      "full_text" : "I've started keeping a bread journal. Temperature, timings, mood. Mostly mood.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1630806675420521566"
          ],
          "editableUntil" : "2023-03-01T06:46:25.000Z",
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
            "url" : "https://t.co/skclzV0n9b",
            "expanded_url" : "https://lenabakes.example.com/photos/124",
            "display_url" : "lenabakes.example.com/p…",
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
      "id_str" : "1630806675420521566",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1630806675420521566",
      "possibly_sensitive" : false,
      "created_at" : "Wed Mar 01 05:46:25 +0000 2023",
      "favorited" : false,
      "full_text" : "https://t.co/skclzV0n9b",
      "lang" : "zxx"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1630659639902000781"
          ],
          "editableUntil" : "2023-02-28T21:02:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "sourdough",
            "indices" : [
              "74",
              "84"
            ]
          },
          {
            "text" : "tips",
            "indices" : [
              "85",
              "90"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/M2FDcmj8ER",
            "expanded_url" : "https://lenabakes.example.com/blog/the-hydration-guide-i-wish-i",
            "display_url" : "lenabakes.example.com/b…",
            "indices" : [
              "50",
              "73"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "0",
      "id_str" : "1630659639902000781",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1630659639902000781",
      "possibly_sensitive" : false,
      "created_at" : "Tue Feb 28 20:02:09 +0000 2023",
      "favorited" : false,
      "full_text" : "The hydration guide I wish I'd had when I started https://t.co/M2FDcmj8ER #sourdough #tips",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1630656154436495357"
          ],
          "editableUntil" : "2023-02-28T20:48:18.000Z",
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
        "6"
      ],
      "favorite_count" : "7",
      "id_str" : "1630656154436495357",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1630656154436495357",
      "created_at" : "Tue Feb 28 19:48:18 +0000 2023",
      "favorited" : false,
      "full_text" : "hello!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1630302683659914008"
          ],
          "editableUntil" : "2023-02-27T21:23:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Crumb Club Ldn",
            "screen_name" : "crumb_club_ldn",
            "indices" : [
              "3",
              "18"
            ],
            "id_str" : "962825969622045240",
            "id" : "962825969622045240"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "111"
      ],
      "favorite_count" : "0",
      "id_str" : "1630302683659914008",
      "truncated" : false,
      "retweet_count" : "28",
      "id" : "1630302683659914008",
      "created_at" : "Mon Feb 27 20:23:44 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @crumb_club_ldn: Next month's theme: enriched doughs! Brioche, milk bread, challah. Show us what you've got!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1629739392824929814"
          ],
          "editableUntil" : "2023-02-26T08:05:25.000Z",
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
            "name" : "Jess In Flat4",
            "screen_name" : "jess_in_flat4",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "873708746080611156",
            "id" : "873708746080611156"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "15",
        "85"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1629690571127031239",
      "id_str" : "1629739392824929814",
      "in_reply_to_user_id" : "873708746080611156",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1629739392824929814",
      "in_reply_to_status_id" : "1629690571127031239",
      "created_at" : "Sun Feb 26 07:05:25 +0000 2023",
      "favorited" : false,
      "full_text" : "@jess_in_flat4 sorry about the smoke alarm again 🙈 bringing you a loaf as an apology!",
      "lang" : "en",
      "in_reply_to_screen_name" : "jess_in_flat4",
      "in_reply_to_user_id_str" : "873708746080611156"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1629527630807605867"
          ],
          "editableUntil" : "2023-02-25T18:03:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "7",
      "id_str" : "1629527630807605867",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1629527630807605867",
      "created_at" : "Sat Feb 25 17:03:57 +0000 2023",
      "favorited" : false,
      "full_text" : "Saturday!!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1628641294678146717"
          ],
          "editableUntil" : "2023-02-23T07:21:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "shoplocal",
            "indices" : [
              "102",
              "112"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/83elUwRdht",
            "expanded_url" : "https://lenabakes.example.com/blog/our-little-market-is-in-the",
            "display_url" : "lenabakes.example.com/b…",
            "indices" : [
              "78",
              "101"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "112"
      ],
      "favorite_count" : "3",
      "id_str" : "1628641294678146717",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1628641294678146717",
      "possibly_sensitive" : false,
      "created_at" : "Thu Feb 23 06:21:58 +0000 2023",
      "favorited" : false,
      "full_text" : "Our little market is in the local paper this week! So proud of this community https://t.co/83elUwRdht #shoplocal",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1628309000946324603"
          ],
          "editableUntil" : "2023-02-22T09:21:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "id_str" : "1628309000946324603",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1628309000946324603",
      "created_at" : "Wed Feb 22 08:21:33 +0000 2023",
      "favorited" : false,
      "full_text" : "Gertrude got a spoonful of rye today as a treat. She's positively bubbling with delight!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1627628001163782457"
          ],
          "editableUntil" : "2023-02-20T12:15:30.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "id_str" : "1627628001163782457",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1627628001163782457",
      "created_at" : "Mon Feb 20 11:15:30 +0000 2023",
      "favorited" : false,
      "full_text" : "Brought a tin of brownies to the building meeting and suddenly everyone agreed on the bins rota. Baking is diplomacy!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1627591632353344559"
          ],
          "editableUntil" : "2023-02-20T09:50:59.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "13",
      "id_str" : "1627591632353344559",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1627591632353344559",
      "created_at" : "Mon Feb 20 08:50:59 +0000 2023",
      "favorited" : false,
      "full_text" : "A loaf that didn't rise is just a very dense sandwich base. No waste in this house!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1627198131143644367"
          ],
          "editableUntil" : "2023-02-19T07:47:21.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "16",
      "id_str" : "1627198131143644367",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1627198131143644367",
      "created_at" : "Sun Feb 19 06:47:21 +0000 2023",
      "favorited" : false,
      "full_text" : "My bread knife is the most expensive thing in my kitchen and I regret nothing.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1626837286779111849"
          ],
          "editableUntil" : "2023-02-18T07:53:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Saturday Market St",
            "screen_name" : "saturday_market_st",
            "indices" : [
              "3",
              "22"
            ],
            "id_str" : "664283002223362299",
            "id" : "664283002223362299"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "120"
      ],
      "favorite_count" : "0",
      "id_str" : "1626837286779111849",
      "truncated" : false,
      "retweet_count" : "54",
      "id" : "1626837286779111849",
      "created_at" : "Sat Feb 18 06:53:29 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @saturday_market_st: Welcome to our three new stallholders this month: fresh cheese, pickles and hand-thrown pottery!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1626835957187599954"
          ],
          "editableUntil" : "2023-02-18T07:48:12.000Z",
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
      "favorite_count" : "0",
      "id_str" : "1626835957187599954",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1626835957187599954",
      "created_at" : "Sat Feb 18 06:48:12 +0000 2023",
      "favorited" : false,
      "full_text" : "Nothing makes me happier than someone at the stall saying \"I came back because of last week's loaf\"!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1626484361265998030"
          ],
          "editableUntil" : "2023-02-17T08:31:05.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "18",
      "id_str" : "1626484361265998030",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1626484361265998030",
      "created_at" : "Fri Feb 17 07:31:05 +0000 2023",
      "favorited" : false,
      "full_text" : "Sourdough garlic knots for the neighbours' movie night. They disappeared in 5 minutes!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1626160804266353962"
          ],
          "editableUntil" : "2023-02-16T11:05:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "bagels",
            "indices" : [
              "67",
              "74"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/YQYovYny6s",
            "expanded_url" : "https://lenabakes.example.com/blog/bagel-recipe-as-promised-boil-bake",
            "display_url" : "lenabakes.example.com/b…",
            "indices" : [
              "43",
              "66"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "74"
      ],
      "favorite_count" : "7",
      "id_str" : "1626160804266353962",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1626160804266353962",
      "possibly_sensitive" : false,
      "created_at" : "Thu Feb 16 10:05:23 +0000 2023",
      "favorited" : false,
      "full_text" : "Bagel recipe as promised! Boil, bake, brag https://t.co/YQYovYny6s #bagels",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1625019622227812478"
          ],
          "editableUntil" : "2023-02-13T07:30:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "0",
      "id_str" : "1625019622227812478",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1625019622227812478",
      "created_at" : "Mon Feb 13 06:30:44 +0000 2023",
      "favorited" : false,
      "full_text" : "Someone asked how long it takes to make sourdough. Honestly? About 3 days and a small piece of my soul 😂",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1624828227745071092"
          ],
          "editableUntil" : "2023-02-12T18:50:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "63"
      ],
      "favorite_count" : "2",
      "id_str" : "1624828227745071092",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1624828227745071092",
      "created_at" : "Sun Feb 12 17:50:12 +0000 2023",
      "favorited" : false,
      "full_text" : "Christmas stollen is resting. I'm resting. Everyone is resting!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1624273937888471294"
          ],
          "editableUntil" : "2023-02-11T06:07:39.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jess In Flat4",
            "screen_name" : "jess_in_flat4",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "873708746080611156",
            "id" : "873708746080611156"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "15",
        "89"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1624159181732569631",
      "id_str" : "1624273937888471294",
      "in_reply_to_user_id" : "873708746080611156",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1624273937888471294",
      "in_reply_to_status_id" : "1624159181732569631",
      "created_at" : "Sat Feb 11 05:07:39 +0000 2023",
      "favorited" : false,
      "full_text" : "@jess_in_flat4 the kids' rolls were the best thing I've seen all year. Come back anytime!",
      "lang" : "en",
      "in_reply_to_screen_name" : "jess_in_flat4",
      "in_reply_to_user_id_str" : "873708746080611156"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1624066118516119365"
          ],
          "editableUntil" : "2023-02-10T16:21:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "74"
      ],
      "favorite_count" : "3",
      "id_str" : "1624066118516119365",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1624066118516119365",
      "created_at" : "Fri Feb 10 15:21:51 +0000 2023",
      "favorited" : false,
      "full_text" : "Burnt the bottoms on today's batch. Baking tray moved up a shelf. Onwards!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1623613775412240764"
          ],
          "editableUntil" : "2023-02-09T10:24:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "4",
      "id_str" : "1623613775412240764",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1623613775412240764",
      "created_at" : "Thu Feb 09 09:24:24 +0000 2023",
      "favorited" : false,
      "full_text" : "Oven light on plus dough inside equals the cheapest proofing box in the world!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1623204025465284686"
          ],
          "editableUntil" : "2023-02-08T07:16:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "1",
      "id_str" : "1623204025465284686",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1623204025465284686",
      "created_at" : "Wed Feb 08 06:16:12 +0000 2023",
      "favorited" : false,
      "full_text" : "Today's bake taught me humility. And that the oven timer should be set, not remembered.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1622480096985728521"
          ],
          "editableUntil" : "2023-02-06T07:19:34.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "3",
      "id_str" : "1622480096985728521",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1622480096985728521",
      "created_at" : "Mon Feb 06 06:19:34 +0000 2023",
      "favorited" : false,
      "full_text" : "Today is a baguette day. Three attempts, all slightly banana shaped. Still delicious!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1621772664700883471"
          ],
          "editableUntil" : "2023-02-04T08:28:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/HUvHRwDPp7",
            "expanded_url" : "https://lenabakes.example.com/blog/proofing-times-in-a-cold-flat",
            "display_url" : "lenabakes.example.com/b…",
            "indices" : [
              "69",
              "92"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "19",
      "id_str" : "1621772664700883471",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1621772664700883471",
      "possibly_sensitive" : false,
      "created_at" : "Sat Feb 04 07:28:29 +0000 2023",
      "favorited" : false,
      "full_text" : "Proofing times in a cold flat vs a warm flat, compared over 10 bakes https://t.co/HUvHRwDPp7",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1619577617645841682"
          ],
          "editableUntil" : "2023-01-29T07:06:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jess In Flat4",
            "screen_name" : "jess_in_flat4",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "873708746080611156",
            "id" : "873708746080611156"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "15",
        "76"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1619509166601543364",
      "id_str" : "1619577617645841682",
      "in_reply_to_user_id" : "873708746080611156",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1619577617645841682",
      "in_reply_to_status_id" : "1619509166601543364",
      "created_at" : "Sun Jan 29 06:06:09 +0000 2023",
      "favorited" : false,
      "full_text" : "@jess_in_flat4 of course you can borrow the Dutch oven! Just knock whenever.",
      "lang" : "en",
      "in_reply_to_screen_name" : "jess_in_flat4",
      "in_reply_to_user_id_str" : "873708746080611156"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1619263988561391929"
          ],
          "editableUntil" : "2023-01-28T10:19:54.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "15",
      "id_str" : "1619263988561391929",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1619263988561391929",
      "created_at" : "Sat Jan 28 09:19:54 +0000 2023",
      "favorited" : false,
      "full_text" : "Seeded loaf day! Sunflower, pumpkin, linseed, sesame. It's basically a bird feeder I can eat 🐦",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1618140732978304126"
          ],
          "editableUntil" : "2023-01-25T07:56:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Toastlover Tom",
            "screen_name" : "toastlover_tom",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "255367106347084436",
            "id" : "255367106347084436"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "16",
        "79"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1618139726348256373",
      "id_str" : "1618140732978304126",
      "in_reply_to_user_id" : "255367106347084436",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1618140732978304126",
      "in_reply_to_status_id" : "1618139726348256373",
      "created_at" : "Wed Jan 25 06:56:29 +0000 2023",
      "favorited" : false,
      "full_text" : "@toastlover_tom the chocolate cherry one! It's only on Saturdays though, sorry!",
      "lang" : "en",
      "in_reply_to_screen_name" : "toastlover_tom",
      "in_reply_to_user_id_str" : "255367106347084436"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1617994473404636367"
          ],
          "editableUntil" : "2023-01-24T22:15:18.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "16",
      "id_str" : "1617994473404636367",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1617994473404636367",
      "created_at" : "Tue Jan 24 21:15:18 +0000 2023",
      "favorited" : false,
      "full_text" : "Someone at the market asked if my bread was gluten free. Sadly no! Wheat is kind of the whole personality here.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1615976740553145758"
          ],
          "editableUntil" : "2023-01-19T08:37:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Home Oven Heroes",
            "screen_name" : "home_oven_heroes",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "969707826585110439",
            "id" : "969707826585110439"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "18",
        "93"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1615932197041803045",
      "id_str" : "1615976740553145758",
      "in_reply_to_user_id" : "969707826585110439",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1615976740553145758",
      "in_reply_to_status_id" : "1615932197041803045",
      "created_at" : "Thu Jan 19 07:37:33 +0000 2023",
      "favorited" : false,
      "full_text" : "@home_oven_heroes my oven is tiny and runs cold, so I preheat for a full hour. Works a treat!",
      "lang" : "en",
      "in_reply_to_screen_name" : "home_oven_heroes",
      "in_reply_to_user_id_str" : "969707826585110439"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1615408156506282093"
          ],
          "editableUntil" : "2023-01-17T18:58:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "18",
      "id_str" : "1615408156506282093",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1615408156506282093",
      "created_at" : "Tue Jan 17 17:58:12 +0000 2023",
      "favorited" : false,
      "full_text" : "Made focaccia and pressed in little rosemary trees and cherry tomato flowers. Too pretty to eat. Ate it anyway!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1614528279606945255"
          ],
          "editableUntil" : "2023-01-15T08:41:53.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "id_str" : "1614528279606945255",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1614528279606945255",
      "created_at" : "Sun Jan 15 07:41:53 +0000 2023",
      "favorited" : false,
      "full_text" : "Gertrude smells like nail polish remover which means she's HUNGRY. Feeding time, you dramatic little jar!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1613406345232738631"
          ],
          "editableUntil" : "2023-01-12T06:23:43.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "0",
      "id_str" : "1613406345232738631",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1613406345232738631",
      "created_at" : "Thu Jan 12 05:23:43 +0000 2023",
      "favorited" : false,
      "full_text" : "Fridge is 70% dough, 20% butter, 10% a sad lettuce. Balanced diet!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1612763329068881801"
          ],
          "editableUntil" : "2023-01-10T11:48:36.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "id_str" : "1612763329068881801",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1612763329068881801",
      "created_at" : "Tue Jan 10 10:48:36 +0000 2023",
      "favorited" : false,
      "full_text" : "The autolyse is the most peaceful 45 minutes of any bake. Just flour and water getting to know each other!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1612361439245885812"
          ],
          "editableUntil" : "2023-01-09T09:11:38.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "2",
      "id_str" : "1612361439245885812",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1612361439245885812",
      "created_at" : "Mon Jan 09 08:11:38 +0000 2023",
      "favorited" : false,
      "full_text" : "Chocolate cherry sourdough is on the menu this Saturday! Limited batch because chocolate is expensive now 🍫",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611686567343599678"
          ],
          "editableUntil" : "2023-01-07T12:29:56.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "id_str" : "1611686567343599678",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1611686567343599678",
      "created_at" : "Sat Jan 07 11:29:56 +0000 2023",
      "favorited" : false,
      "full_text" : "The dough is resting, and so am I. A well-deserved nap for both of us!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611630095235612565"
          ],
          "editableUntil" : "2023-01-07T08:45:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "22",
      "id_str" : "1611630095235612565",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1611630095235612565",
      "created_at" : "Sat Jan 07 07:45:32 +0000 2023",
      "favorited" : false,
      "full_text" : "When you cut into a loaf and the steam hits your face. Pure magic!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1609795192094110390"
          ],
          "editableUntil" : "2023-01-02T07:14:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "11",
      "id_str" : "1609795192094110390",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1609795192094110390",
      "created_at" : "Mon Jan 02 06:14:17 +0000 2023",
      "favorited" : false,
      "full_text" : "Found an old recipe card of my grandfather's for \"Sunday bread\". No measurements, just \"enough\". Classic!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1609293612055377998"
          ],
          "editableUntil" : "2022-12-31T22:01:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "61"
      ],
      "favorite_count" : "0",
      "id_str" : "1609293612055377998",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1609293612055377998",
      "created_at" : "Sat Dec 31 21:01:11 +0000 2022",
      "favorited" : false,
      "full_text" : "Trying to cut down on how much bread I eat. Lasted two hours.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1609117493230283593"
          ],
          "editableUntil" : "2022-12-31T10:21:21.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "14",
      "id_str" : "1609117493230283593",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1609117493230283593",
      "created_at" : "Sat Dec 31 09:21:21 +0000 2022",
      "favorited" : false,
      "full_text" : "Grandma's rye recipe finally cracked! Took me a year to get it like hers. She'd be proud 💛",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1608728781912924408"
          ],
          "editableUntil" : "2022-12-30T08:36:45.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "50"
      ],
      "favorite_count" : "3",
      "id_str" : "1608728781912924408",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1608728781912924408",
      "created_at" : "Fri Dec 30 07:36:45 +0000 2022",
      "favorited" : false,
      "full_text" : "Market stall is open until 2pm today, come say hi!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1604560528735290081"
          ],
          "editableUntil" : "2022-12-18T20:33:36.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "id_str" : "1604560528735290081",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1604560528735290081",
      "created_at" : "Sun Dec 18 19:33:36 +0000 2022",
      "favorited" : false,
      "full_text" : "Got up at 4:30 for market day. The street was silent and the bread was warm. Magical, honestly.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1602952071870642803"
          ],
          "editableUntil" : "2022-12-14T10:02:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Pastry Pia",
            "screen_name" : "pastry_pia",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1238190997491617908",
            "id" : "1238190997491617908"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "12",
        "90"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1602928164337931673",
      "id_str" : "1602952071870642803",
      "in_reply_to_user_id" : "1238190997491617908",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1602952071870642803",
      "in_reply_to_status_id" : "1602928164337931673",
      "created_at" : "Wed Dec 14 09:02:10 +0000 2022",
      "favorited" : false,
      "full_text" : "@pastry_pia yes please, send me the lamination tips! My butter keeps breaking into chunks.",
      "lang" : "en",
      "in_reply_to_screen_name" : "pastry_pia",
      "in_reply_to_user_id_str" : "1238190997491617908"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1601836173099929649"
          ],
          "editableUntil" : "2022-12-11T08:07:59.000Z",
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
      "favorite_count" : "0",
      "id_str" : "1601836173099929649",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1601836173099929649",
      "created_at" : "Sun Dec 11 07:07:59 +0000 2022",
      "favorited" : false,
      "full_text" : "Laminated dough in a flat with no air con in July was a mistake. Butter everywhere. EVERYWHERE.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1601117319724368444"
          ],
          "editableUntil" : "2022-12-09T08:31:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "1",
      "id_str" : "1601117319724368444",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1601117319724368444",
      "created_at" : "Fri Dec 09 07:31:31 +0000 2022",
      "favorited" : false,
      "full_text" : "I've convinced three neighbours to start their own starters. The takeover has begun!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1601104816503906908"
          ],
          "editableUntil" : "2022-12-09T07:41:50.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "0",
      "id_str" : "1601104816503906908",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1601104816503906908",
      "created_at" : "Fri Dec 09 06:41:50 +0000 2022",
      "favorited" : false,
      "full_text" : "Never trust a recipe that says \"bake until golden\". My golden is not your golden!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1600572588686936007"
          ],
          "editableUntil" : "2022-12-07T20:26:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "id_str" : "1600572588686936007",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1600572588686936007",
      "created_at" : "Wed Dec 07 19:26:57 +0000 2022",
      "favorited" : false,
      "full_text" : "Cardamom buns. I'm in love. Wrote the recipe on the fridge door so I never lose it!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1600155465152427679"
          ],
          "editableUntil" : "2022-12-06T16:49:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "0",
      "id_str" : "1600155465152427679",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1600155465152427679",
      "created_at" : "Tue Dec 06 15:49:27 +0000 2022",
      "favorited" : false,
      "full_text" : "Grateful for every person who has ever eaten something I've baked. Genuinely. Thank you!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1600102151354941813"
          ],
          "editableUntil" : "2022-12-06T13:17:36.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "128"
      ],
      "favorite_count" : "9",
      "id_str" : "1600102151354941813",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1600102151354941813",
      "created_at" : "Tue Dec 06 12:17:36 +0000 2022",
      "favorited" : false,
      "full_text" : "My favourite market regular is a 90-year-old man who buys a rye loaf every week and tells me stories about his garden. Love him!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1599093467381149698"
          ],
          "editableUntil" : "2022-12-03T18:29:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "id_str" : "1599093467381149698",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1599093467381149698",
      "created_at" : "Sat Dec 03 17:29:27 +0000 2022",
      "favorited" : false,
      "full_text" : "Very proud of today's loaf. Look at that oven spring!! It practically jumped out of the pot!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1599070482594032959"
          ],
          "editableUntil" : "2022-12-03T16:58:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "4",
      "id_str" : "1599070482594032959",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1599070482594032959",
      "created_at" : "Sat Dec 03 15:58:07 +0000 2022",
      "favorited" : false,
      "full_text" : "Gertrude is officially on a diet. One feed a day until I get back from my trip. Be strong, girl.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1597841375362497794"
          ],
          "editableUntil" : "2022-11-30T07:34:05.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "id_str" : "1597841375362497794",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1597841375362497794",
      "created_at" : "Wed Nov 30 06:34:05 +0000 2022",
      "favorited" : false,
      "full_text" : "People ask if I get sick of bread. I have eaten toast every single day for 6 years. The answer is no!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1597691022148261655"
          ],
          "editableUntil" : "2022-11-29T21:36:38.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "2",
      "id_str" : "1597691022148261655",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1597691022148261655",
      "created_at" : "Tue Nov 29 20:36:38 +0000 2022",
      "favorited" : false,
      "full_text" : "crumb!!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1597127391573465568"
          ],
          "editableUntil" : "2022-11-28T08:16:58.000Z",
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
      "favorite_count" : "4",
      "id_str" : "1597127391573465568",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1597127391573465568",
      "created_at" : "Mon Nov 28 07:16:58 +0000 2022",
      "favorited" : false,
      "full_text" : "Pretzels today! Lye scared me a little but the results were worth it. Gloves on, friends!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1596835916807183726"
          ],
          "editableUntil" : "2022-11-27T12:58:45.000Z",
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
        "98"
      ],
      "favorite_count" : "2",
      "id_str" : "1596835916807183726",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1596835916807183726",
      "created_at" : "Sun Nov 27 11:58:45 +0000 2022",
      "favorited" : false,
      "full_text" : "Today's crumb shot is the best I've ever managed. Open, glossy, wobbly. I might frame it honestly!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1596797085942720568"
          ],
          "editableUntil" : "2022-11-27T10:24:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sourdough Sam 88",
            "screen_name" : "sourdough_sam_88",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "867992727904386611",
            "id" : "867992727904386611"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "18",
        "88"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1596729893189072620",
      "id_str" : "1596797085942720568",
      "in_reply_to_user_id" : "867992727904386611",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1596797085942720568",
      "in_reply_to_status_id" : "1596729893189072620",
      "created_at" : "Sun Nov 27 09:24:27 +0000 2022",
      "favorited" : false,
      "full_text" : "@sourdough_sam_88 thank you so much! It was a 75% hydration loaf with a tiny bit of rye!",
      "lang" : "en",
      "in_reply_to_screen_name" : "sourdough_sam_88",
      "in_reply_to_user_id_str" : "867992727904386611"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1596033932327054393"
          ],
          "editableUntil" : "2022-11-25T07:51:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "The Rye Guy 22",
            "screen_name" : "the_rye_guy_22",
            "indices" : [
              "3",
              "18"
            ],
            "id_str" : "598535781336018299",
            "id" : "598535781336018299"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "0",
      "id_str" : "1596033932327054393",
      "truncated" : false,
      "retweet_count" : "85",
      "id" : "1596033932327054393",
      "created_at" : "Fri Nov 25 06:51:57 +0000 2022",
      "favorited" : false,
      "full_text" : "RT @the_rye_guy_22: My starter is older than my car and more reliable.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1595053983531660564"
          ],
          "editableUntil" : "2022-11-22T14:57:59.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "4",
      "id_str" : "1595053983531660564",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1595053983531660564",
      "created_at" : "Tue Nov 22 13:57:59 +0000 2022",
      "favorited" : false,
      "full_text" : "Monday baking rule: nothing fancy. Just a plain white loaf and a good cup of tea.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1594738311823376818"
          ],
          "editableUntil" : "2022-11-21T18:03:37.000Z",
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
      "favorite_count" : "4",
      "id_str" : "1594738311823376818",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1594738311823376818",
      "created_at" : "Mon Nov 21 17:03:37 +0000 2022",
      "favorited" : false,
      "full_text" : "Baking in a heatwave means the dough proofs in half the time and I sweat twice as much.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1593935979215445815"
          ],
          "editableUntil" : "2022-11-19T12:55:26.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "0",
      "id_str" : "1593935979215445815",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1593935979215445815",
      "created_at" : "Sat Nov 19 11:55:26 +0000 2022",
      "favorited" : false,
      "full_text" : "Kneading by hand is my cardio. My arms are thanking me. My back is not.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1593724292695011081"
          ],
          "editableUntil" : "2022-11-18T22:54:16.000Z",
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
            "name" : "Saturday Market St",
            "screen_name" : "saturday_market_st",
            "indices" : [
              "0",
              "19"
            ],
            "id_str" : "664283002223362299",
            "id" : "664283002223362299"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "20",
        "78"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1593680504159828793",
      "id_str" : "1593724292695011081",
      "in_reply_to_user_id" : "664283002223362299",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1593724292695011081",
      "in_reply_to_status_id" : "1593680504159828793",
      "created_at" : "Fri Nov 18 21:54:16 +0000 2022",
      "favorited" : false,
      "full_text" : "@saturday_market_st so sad to miss a week but safety first! Stay dry everyone!",
      "lang" : "en",
      "in_reply_to_screen_name" : "saturday_market_st",
      "in_reply_to_user_id_str" : "664283002223362299"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1593232338583573196"
          ],
          "editableUntil" : "2022-11-17T14:19:25.000Z",
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
      "favorite_count" : "1",
      "id_str" : "1593232338583573196",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1593232338583573196",
      "created_at" : "Thu Nov 17 13:19:25 +0000 2022",
      "favorited" : false,
      "full_text" : "Current mood: flour on my elbows, flour on my phone, flour somehow on the ceiling??",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1592148127774657093"
          ],
          "editableUntil" : "2022-11-14T14:31:09.000Z",
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
      "favorite_count" : "0",
      "id_str" : "1592148127774657093",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1592148127774657093",
      "created_at" : "Mon Nov 14 13:31:09 +0000 2022",
      "favorited" : false,
      "full_text" : "Opened the oven at 6am in my pyjamas and got a face full of steam. Eyebrows intact, dignity not.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1591163913369452173"
          ],
          "editableUntil" : "2022-11-11T21:20:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "scoring",
            "indices" : [
              "78",
              "86"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/ShztS9PJh7",
            "expanded_url" : "https://lenabakes.example.com/blog/how-i-score-wheat-stalks-slow",
            "display_url" : "lenabakes.example.com/b…",
            "indices" : [
              "54",
              "77"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "18",
      "id_str" : "1591163913369452173",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1591163913369452173",
      "possibly_sensitive" : false,
      "created_at" : "Fri Nov 11 20:20:14 +0000 2022",
      "favorited" : false,
      "full_text" : "How I score wheat stalks (slow motion, lots of flour) https://t.co/ShztS9PJh7 #scoring",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1590952734360139210"
          ],
          "editableUntil" : "2022-11-11T07:21:05.000Z",
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
            "name" : "Saturday Market St",
            "screen_name" : "saturday_market_st",
            "indices" : [
              "3",
              "22"
            ],
            "id_str" : "664283002223362299",
            "id" : "664283002223362299"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "0",
      "id_str" : "1590952734360139210",
      "truncated" : false,
      "retweet_count" : "172",
      "id" : "1590952734360139210",
      "created_at" : "Fri Nov 11 06:21:05 +0000 2022",
      "favorited" : false,
      "full_text" : "RT @saturday_market_st: Reminder: the Saturday market runs 8am till 2pm all through winter! Wrap up warm!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1590951232798743800"
          ],
          "editableUntil" : "2022-11-11T07:15:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "7",
      "id_str" : "1590951232798743800",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1590951232798743800",
      "created_at" : "Fri Nov 11 06:15:07 +0000 2022",
      "favorited" : false,
      "full_text" : "My starter jar has a rubber band on it to mark the level. Watching it rise is peak entertainment.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1589725879465515046"
          ],
          "editableUntil" : "2022-11-07T22:06:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "id_str" : "1589725879465515046",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1589725879465515046",
      "created_at" : "Mon Nov 07 21:06:00 +0000 2022",
      "favorited" : false,
      "full_text" : "Dough was so slack today I had to shape it three times. Determined! Or stubborn. Same thing.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1587893908141029073"
          ],
          "editableUntil" : "2022-11-02T20:46:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "8",
      "id_str" : "1587893908141029073",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1587893908141029073",
      "created_at" : "Wed Nov 02 19:46:24 +0000 2022",
      "favorited" : false,
      "full_text" : "Little kid at the market today told me my bread \"looks like a turtle shell\". Honestly? Best review yet!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1587671043798129715"
          ],
          "editableUntil" : "2022-11-02T06:00:49.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "4",
      "id_str" : "1587671043798129715",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1587671043798129715",
      "created_at" : "Wed Nov 02 05:00:49 +0000 2022",
      "favorited" : false,
      "full_text" : "The bakery owner I used to work for came to my stall today. Her approval meant everything 🥹",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1583936552957256510"
          ],
          "editableUntil" : "2022-10-22T22:41:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "id_str" : "1583936552957256510",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1583936552957256510",
      "created_at" : "Sat Oct 22 21:41:17 +0000 2022",
      "favorited" : false,
      "full_text" : "Sourdough discard crackers are the best snack and I will be taking no questions!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1583419789541557905"
          ],
          "editableUntil" : "2022-10-21T12:27:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "cardamombuns",
            "indices" : [
              "77",
              "90"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/o1qvcuj0jY",
            "expanded_url" : "https://lenabakes.example.com/blog/cardamom-buns-step-by-step-with",
            "display_url" : "lenabakes.example.com/b…",
            "indices" : [
              "53",
              "76"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "3",
      "id_str" : "1583419789541557905",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1583419789541557905",
      "possibly_sensitive" : false,
      "created_at" : "Fri Oct 21 11:27:51 +0000 2022",
      "favorited" : false,
      "full_text" : "Cardamom buns step by step, with a knotting tutorial https://t.co/o1qvcuj0jY #cardamombuns",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1583092260536306196"
          ],
          "editableUntil" : "2022-10-20T14:46:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "2",
      "id_str" : "1583092260536306196",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1583092260536306196",
      "created_at" : "Thu Oct 20 13:46:22 +0000 2022",
      "favorited" : false,
      "full_text" : "Today I baked for the food bank drop-off. 20 loaves. Feels good to be useful!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1582056837870988438"
          ],
          "editableUntil" : "2022-10-17T18:11:58.000Z",
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
            "url" : "https://t.co/ulFhHWWwd2",
            "expanded_url" : "https://lenabakes.example.com/blog/discard-crackers-flour-discard-olive-oil",
            "display_url" : "lenabakes.example.com/b…",
            "indices" : [
              "67",
              "90"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "0",
      "id_str" : "1582056837870988438",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1582056837870988438",
      "possibly_sensitive" : false,
      "created_at" : "Mon Oct 17 17:11:58 +0000 2022",
      "favorited" : false,
      "full_text" : "Discard crackers: flour, discard, olive oil &amp; salt. That's it! https://t.co/ulFhHWWwd2",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1580812668895082852"
          ],
          "editableUntil" : "2022-10-14T07:48:05.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Northmill Flour Co",
            "screen_name" : "northmill_flour_co",
            "indices" : [
              "0",
              "19"
            ],
            "id_str" : "1121951157592821091",
            "id" : "1121951157592821091"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "20",
        "76"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1580734151522966156",
      "id_str" : "1580812668895082852",
      "in_reply_to_user_id" : "1121951157592821091",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1580812668895082852",
      "in_reply_to_status_id" : "1580734151522966156",
      "created_at" : "Fri Oct 14 06:48:05 +0000 2022",
      "favorited" : false,
      "full_text" : "@northmill_flour_co your wholemeal is the best I've used. So glad it's back!",
      "lang" : "en",
      "in_reply_to_screen_name" : "northmill_flour_co",
      "in_reply_to_user_id_str" : "1121951157592821091"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1579380544765938788"
          ],
          "editableUntil" : "2022-10-10T08:57:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "61"
      ],
      "favorite_count" : "2",
      "id_str" : "1579380544765938788",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1579380544765938788",
      "created_at" : "Mon Oct 10 07:57:20 +0000 2022",
      "favorited" : false,
      "full_text" : "Hands smell of dough even after washing. It's my perfume now.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1578770877513219769"
          ],
          "editableUntil" : "2022-10-08T16:34:44.000Z",
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
            "name" : "Pastry Pia",
            "screen_name" : "pastry_pia",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1238190997491617908",
            "id" : "1238190997491617908"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "12",
        "65"
      ],
      "favorite_count" : "15",
      "in_reply_to_status_id_str" : "1578644293415937427",
      "id_str" : "1578770877513219769",
      "in_reply_to_user_id" : "1238190997491617908",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1578770877513219769",
      "in_reply_to_status_id" : "1578644293415937427",
      "created_at" : "Sat Oct 08 15:34:44 +0000 2022",
      "favorited" : false,
      "full_text" : "@pastry_pia that croissant crumb is unreal! Honeycomb perfection!",
      "lang" : "en",
      "in_reply_to_screen_name" : "pastry_pia",
      "in_reply_to_user_id_str" : "1238190997491617908"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1577930783587074158"
          ],
          "editableUntil" : "2022-10-06T08:56:30.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "5",
      "id_str" : "1577930783587074158",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1577930783587074158",
      "created_at" : "Thu Oct 06 07:56:30 +0000 2022",
      "favorited" : false,
      "full_text" : "Cheese and Marmite twists. Controversial? Maybe. Delicious? Absolutely!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1576524680919311760"
          ],
          "editableUntil" : "2022-10-02T11:49:09.000Z",
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
        "62"
      ],
      "favorite_count" : "3",
      "id_str" : "1576524680919311760",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1576524680919311760",
      "created_at" : "Sun Oct 02 10:49:09 +0000 2022",
      "favorited" : false,
      "full_text" : "My oven gloves have burn holes in them. Christmas list sorted.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1575772130508454964"
          ],
          "editableUntil" : "2022-09-30T09:58:47.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "id_str" : "1575772130508454964",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1575772130508454964",
      "created_at" : "Fri Sep 30 08:58:47 +0000 2022",
      "favorited" : false,
      "full_text" : "I love how every single loaf is a little different. Same recipe, different day, different bread.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1575204649563770743"
          ],
          "editableUntil" : "2022-09-28T20:23:49.000Z",
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
            "name" : "Flourpower Kat",
            "screen_name" : "flourpower_kat",
            "indices" : [
              "3",
              "18"
            ],
            "id_str" : "849974829949624051",
            "id" : "849974829949624051"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "111"
      ],
      "favorite_count" : "0",
      "id_str" : "1575204649563770743",
      "truncated" : false,
      "retweet_count" : "93",
      "id" : "1575204649563770743",
      "created_at" : "Wed Sep 28 19:23:49 +0000 2022",
      "favorited" : false,
      "full_text" : "RT @flourpower_kat: Hot take: the best part of a sourdough loaf is the end piece and I am not taking questions.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1574111907543098926"
          ],
          "editableUntil" : "2022-09-25T20:01:39.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "The Rye Guy 22",
            "screen_name" : "the_rye_guy_22",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "598535781336018299",
            "id" : "598535781336018299"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "16",
        "58"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1574054277808068090",
      "id_str" : "1574111907543098926",
      "in_reply_to_user_id" : "598535781336018299",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1574111907543098926",
      "in_reply_to_status_id" : "1574054277808068090",
      "created_at" : "Sun Sep 25 19:01:39 +0000 2022",
      "favorited" : false,
      "full_text" : "@the_rye_guy_22 more reliable than my boiler too, honestly",
      "lang" : "en",
      "in_reply_to_screen_name" : "the_rye_guy_22",
      "in_reply_to_user_id_str" : "598535781336018299"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1573731777773938935"
          ],
          "editableUntil" : "2022-09-24T18:51:09.000Z",
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
        "29"
      ],
      "favorite_count" : "1",
      "id_str" : "1573731777773938935",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1573731777773938935",
      "created_at" : "Sat Sep 24 17:51:09 +0000 2022",
      "favorited" : false,
      "full_text" : "Good morning from the oven! 🍞",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1573642934026363854"
          ],
          "editableUntil" : "2022-09-24T12:58:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "39"
      ],
      "favorite_count" : "2",
      "id_str" : "1573642934026363854",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1573642934026363854",
      "created_at" : "Sat Sep 24 11:58:07 +0000 2022",
      "favorited" : false,
      "full_text" : "I don't count calories, I count loaves.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1573632825753851291"
          ],
          "editableUntil" : "2022-09-24T12:17:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "id_str" : "1573632825753851291",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1573632825753851291",
      "created_at" : "Sat Sep 24 11:17:57 +0000 2022",
      "favorited" : false,
      "full_text" : "Porridge bread! Leftover oats folded into the dough. Ridiculously moist and delicious!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1572892589817869013"
          ],
          "editableUntil" : "2022-09-22T11:16:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "id_str" : "1572892589817869013",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1572892589817869013",
      "created_at" : "Thu Sep 22 10:16:31 +0000 2022",
      "favorited" : false,
      "full_text" : "Steam in the oven is the secret. I use a tray of lava rocks now. Feels like witchcraft!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1572869558894913942"
          ],
          "editableUntil" : "2022-09-22T09:45:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "8",
      "id_str" : "1572869558894913942",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1572869558894913942",
      "created_at" : "Thu Sep 22 08:45:00 +0000 2022",
      "favorited" : false,
      "full_text" : "Bread baking tip no one asked for: let it cool before cutting. I know. I KNOW. But trust me.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1570714747797767761"
          ],
          "editableUntil" : "2022-09-16T11:02:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "id_str" : "1570714747797767761",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1570714747797767761",
      "created_at" : "Fri Sep 16 10:02:33 +0000 2022",
      "favorited" : false,
      "full_text" : "Currently trying to explain to my brother why I can't come to lunch: \"the dough isn't ready\". He doesn't get it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1569967117301961206"
          ],
          "editableUntil" : "2022-09-14T09:31:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "id_str" : "1569967117301961206",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1569967117301961206",
      "created_at" : "Wed Sep 14 08:31:44 +0000 2022",
      "favorited" : false,
      "full_text" : "Took a loaf out too early because I was impatient. Gummy middle. Lesson learned for the tenth time.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1569410243753762930"
          ],
          "editableUntil" : "2022-09-12T20:38:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "3",
      "id_str" : "1569410243753762930",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1569410243753762930",
      "created_at" : "Mon Sep 12 19:38:55 +0000 2022",
      "favorited" : false,
      "full_text" : "New season, new flours to try. Emmer and einkorn on the way! Ancient grains, modern kitchen!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1569247085327741765"
          ],
          "editableUntil" : "2022-09-12T09:50:35.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "22",
      "id_str" : "1569247085327741765",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1569247085327741765",
      "created_at" : "Mon Sep 12 08:50:35 +0000 2022",
      "favorited" : false,
      "full_text" : "Swapped bread for eggs with a neighbour who keeps chickens on her allotment. We're basically a village now!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1568857786809688282"
          ],
          "editableUntil" : "2022-09-11T08:03:39.000Z",
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
      "favorite_count" : "2",
      "id_str" : "1568857786809688282",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1568857786809688282",
      "created_at" : "Sun Sep 11 07:03:39 +0000 2022",
      "favorited" : false,
      "full_text" : "Started a rye starter as Gertrude's little sibling. Naming suggestions welcome! Leaning towards Rudolf.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1568707513285505623"
          ],
          "editableUntil" : "2022-09-10T22:06:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Northmill Flour Co",
            "screen_name" : "northmill_flour_co",
            "indices" : [
              "3",
              "22"
            ],
            "id_str" : "1121951157592821091",
            "id" : "1121951157592821091"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "120"
      ],
      "favorite_count" : "0",
      "id_str" : "1568707513285505623",
      "truncated" : false,
      "retweet_count" : "133",
      "id" : "1568707513285505623",
      "created_at" : "Sat Sep 10 21:06:31 +0000 2022",
      "favorited" : false,
      "full_text" : "RT @northmill_flour_co: Our stoneground wholemeal is back in stock! Thank you for your patience over the harvest delays.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1568489489168199731"
          ],
          "editableUntil" : "2022-09-10T07:40:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/wAIJIhXYgt",
            "expanded_url" : "https://lenabakes.example.com/blog/started-a-little-newsletter-for-the",
            "display_url" : "lenabakes.example.com/b…",
            "indices" : [
              "82",
              "105"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "61",
      "id_str" : "1568489489168199731",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1568489489168199731",
      "possibly_sensitive" : false,
      "created_at" : "Sat Sep 10 06:40:10 +0000 2022",
      "favorited" : false,
      "full_text" : "Started a little newsletter for the stall regulars: weekly menu &amp; baking tips https://t.co/wAIJIhXYgt",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1568468396015581740"
          ],
          "editableUntil" : "2022-09-10T06:16:21.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "9",
      "id_str" : "1568468396015581740",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1568468396015581740",
      "created_at" : "Sat Sep 10 05:16:21 +0000 2022",
      "favorited" : false,
      "full_text" : "Bread fact: the longer the ferment, the more flavour. Good things take time!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1568207925543740427"
          ],
          "editableUntil" : "2022-09-09T13:01:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "7",
      "id_str" : "1568207925543740427",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1568207925543740427",
      "created_at" : "Fri Sep 09 12:01:20 +0000 2022",
      "favorited" : false,
      "full_text" : "Autumn means pumpkin loaves and I have been waiting all year for this moment!!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1566716649141204528"
          ],
          "editableUntil" : "2022-09-05T10:15:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "0",
      "id_str" : "1566716649141204528",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1566716649141204528",
      "created_at" : "Mon Sep 05 09:15:32 +0000 2022",
      "favorited" : false,
      "full_text" : "flat loaf",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1566314105013250296"
          ],
          "editableUntil" : "2022-09-04T07:35:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "id_str" : "1566314105013250296",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1566314105013250296",
      "created_at" : "Sun Sep 04 06:35:58 +0000 2022",
      "favorited" : false,
      "full_text" : "When your dough finally passes the poke test after three hours of waiting. Pure joy!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1565454079753023261"
          ],
          "editableUntil" : "2022-09-01T22:38:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "zerowaste",
            "indices" : [
              "104",
              "114"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/PIShdeDPzY",
            "expanded_url" : "https://lenabakes.example.com/blog/bread-and-butter-pudding-with-leftover",
            "display_url" : "lenabakes.example.com/b…",
            "indices" : [
              "80",
              "103"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "114"
      ],
      "favorite_count" : "9",
      "id_str" : "1565454079753023261",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1565454079753023261",
      "possibly_sensitive" : false,
      "created_at" : "Thu Sep 01 21:38:32 +0000 2022",
      "favorited" : false,
      "full_text" : "Bread &amp; butter pudding with leftover sourdough. Zero waste, maximum comfort https://t.co/PIShdeDPzY #zerowaste",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1565321141287678612"
          ],
          "editableUntil" : "2022-09-01T13:50:17.000Z",
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
            "name" : "Pastry Pia",
            "screen_name" : "pastry_pia",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "1238190997491617908",
            "id" : "1238190997491617908"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "74"
      ],
      "favorite_count" : "0",
      "id_str" : "1565321141287678612",
      "truncated" : false,
      "retweet_count" : "103",
      "id" : "1565321141287678612",
      "created_at" : "Thu Sep 01 12:50:17 +0000 2022",
      "favorited" : false,
      "full_text" : "RT @pastry_pia: Croissant day is a full-body workout and nobody warned me.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1565277294035697645"
          ],
          "editableUntil" : "2022-09-01T10:56:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "64"
      ],
      "favorite_count" : "3",
      "id_str" : "1565277294035697645",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1565277294035697645",
      "created_at" : "Thu Sep 01 09:56:03 +0000 2022",
      "favorited" : false,
      "full_text" : "Bread pun of the day: I'm on a roll and nothing can stop me now!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1565075908719737154"
          ],
          "editableUntil" : "2022-08-31T21:35:49.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "5",
      "id_str" : "1565075908719737154",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1565075908719737154",
      "created_at" : "Wed Aug 31 20:35:49 +0000 2022",
      "favorited" : false,
      "full_text" : "bread.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1562786363998203679"
          ],
          "editableUntil" : "2022-08-25T13:57:59.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "0",
      "id_str" : "1562786363998203679",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1562786363998203679",
      "created_at" : "Thu Aug 25 12:57:59 +0000 2022",
      "favorited" : false,
      "full_text" : "good morning",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1561083635955448341"
          ],
          "editableUntil" : "2022-08-20T21:11:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "3",
      "id_str" : "1561083635955448341",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1561083635955448341",
      "created_at" : "Sat Aug 20 20:11:57 +0000 2022",
      "favorited" : false,
      "full_text" : "Bread is love, bread is life!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1561077231255661846"
          ],
          "editableUntil" : "2022-08-20T20:46:30.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "2",
      "id_str" : "1561077231255661846",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1561077231255661846",
      "created_at" : "Sat Aug 20 19:46:30 +0000 2022",
      "favorited" : false,
      "full_text" : "Olive bread with a crust so dark I thought I'd burnt it. Turns out that's called flavour!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1560599395172350596"
          ],
          "editableUntil" : "2022-08-19T13:07:45.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "0",
      "id_str" : "1560599395172350596",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1560599395172350596",
      "created_at" : "Fri Aug 19 12:07:45 +0000 2022",
      "favorited" : false,
      "full_text" : "Ordered a proper lame for scoring. My razor blade taped to a chopstick days are over!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1559948976061775761"
          ],
          "editableUntil" : "2022-08-17T18:03:13.000Z",
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
            "name" : "Saturday Market St",
            "screen_name" : "saturday_market_st",
            "indices" : [
              "3",
              "22"
            ],
            "id_str" : "664283002223362299",
            "id" : "664283002223362299"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "0",
      "id_str" : "1559948976061775761",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1559948976061775761",
      "created_at" : "Wed Aug 17 17:03:13 +0000 2022",
      "favorited" : false,
      "full_text" : "RT @saturday_market_st: Market cancelled this Saturday due to the storm warning. Stay safe, see you next week!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1559790670446242130"
          ],
          "editableUntil" : "2022-08-17T07:34:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "1",
      "id_str" : "1559790670446242130",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1559790670446242130",
      "created_at" : "Wed Aug 17 06:34:10 +0000 2022",
      "favorited" : false,
      "full_text" : "Bread is cheaper than therapy and slightly more delicious. Not medical advice!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1559658499539559802"
          ],
          "editableUntil" : "2022-08-16T22:48:58.000Z",
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
            "name" : "Sourdough Sam 88",
            "screen_name" : "sourdough_sam_88",
            "indices" : [
              "3",
              "20"
            ],
            "id_str" : "867992727904386611",
            "id" : "867992727904386611"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "0",
      "id_str" : "1559658499539559802",
      "truncated" : false,
      "retweet_count" : "95",
      "id" : "1559658499539559802",
      "created_at" : "Tue Aug 16 21:48:58 +0000 2022",
      "favorited" : false,
      "full_text" : "RT @sourdough_sam_88: Feed your starter, feed your soul. Happy baking weekend everyone!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1557972276084841949"
          ],
          "editableUntil" : "2022-08-12T07:08:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "id_str" : "1557972276084841949",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1557972276084841949",
      "created_at" : "Fri Aug 12 06:08:31 +0000 2022",
      "favorited" : false,
      "full_text" : "I love you, yeast. That's it. That's the tweet.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1557468909270597958"
          ],
          "editableUntil" : "2022-08-10T21:48:19.000Z",
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
        "62"
      ],
      "favorite_count" : "5",
      "id_str" : "1557468909270597958",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1557468909270597958",
      "created_at" : "Wed Aug 10 20:48:19 +0000 2022",
      "favorited" : false,
      "full_text" : "Dinner rolls for 30 people. My arms have never been so strong.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1553794132735888432"
          ],
          "editableUntil" : "2022-07-31T18:26:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "1",
      "id_str" : "1553794132735888432",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1553794132735888432",
      "created_at" : "Sun Jul 31 17:26:04 +0000 2022",
      "favorited" : false,
      "full_text" : "A baking tray fell behind the oven and I've decided it lives there now.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1553739833278223692"
          ],
          "editableUntil" : "2022-07-31T14:50:18.000Z",
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
      "favorite_count" : "3",
      "id_str" : "1553739833278223692",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1553739833278223692",
      "created_at" : "Sun Jul 31 13:50:18 +0000 2022",
      "favorited" : false,
      "full_text" : "Sunday project: croissants. Monday project: cleaning butter off every surface.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1552905879813340725"
          ],
          "editableUntil" : "2022-07-29T07:36:28.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "id_str" : "1552905879813340725",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1552905879813340725",
      "created_at" : "Fri Jul 29 06:36:28 +0000 2022",
      "favorited" : false,
      "full_text" : "6am, oven on, kettle on, flat smells like a bakery already. Best part of the day, no contest!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1552376806111361282"
          ],
          "editableUntil" : "2022-07-27T20:34:07.000Z",
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
      "favorite_count" : "0",
      "id_str" : "1552376806111361282",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1552376806111361282",
      "created_at" : "Wed Jul 27 19:34:07 +0000 2022",
      "favorited" : false,
      "full_text" : "Apparently my stall is \"the bread lady\" on the local neighbourhood group. I accept this title!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1551987239157636889"
          ],
          "editableUntil" : "2022-07-26T18:46:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "10",
      "id_str" : "1551987239157636889",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1551987239157636889",
      "created_at" : "Tue Jul 26 17:46:07 +0000 2022",
      "favorited" : false,
      "full_text" : "Baking today was a total flop. Tomorrow will be better. It always is!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1551143273889223577"
          ],
          "editableUntil" : "2022-07-24T10:52:30.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "1",
      "id_str" : "1551143273889223577",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1551143273889223577",
      "created_at" : "Sun Jul 24 09:52:30 +0000 2022",
      "favorited" : false,
      "full_text" : "Saturday's special: apple and cinnamon sourdough. Come early, it'll go fast!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1551139125722324268"
          ],
          "editableUntil" : "2022-07-24T10:36:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "0",
      "id_str" : "1551139125722324268",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1551139125722324268",
      "created_at" : "Sun Jul 24 09:36:01 +0000 2022",
      "favorited" : false,
      "full_text" : "Picked blackberries on the walk today. Blackberry sourdough buns tomorrow!!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1550713462585685051"
          ],
          "editableUntil" : "2022-07-23T06:24:35.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "id_str" : "1550713462585685051",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1550713462585685051",
      "created_at" : "Sat Jul 23 05:24:35 +0000 2022",
      "favorited" : false,
      "full_text" : "Today's loaf smells faintly of the lavender bush outside because I left it cooling on the windowsill 💜",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1550055279819990765"
          ],
          "editableUntil" : "2022-07-21T10:49:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "5",
      "id_str" : "1550055279819990765",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1550055279819990765",
      "created_at" : "Thu Jul 21 09:49:12 +0000 2022",
      "favorited" : false,
      "full_text" : "Bought a second Dutch oven. Now I can bake two loaves at once! The flat is officially full.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1548666780647891812"
          ],
          "editableUntil" : "2022-07-17T14:51:48.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "50"
      ],
      "favorite_count" : "2",
      "id_str" : "1548666780647891812",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1548666780647891812",
      "created_at" : "Sun Jul 17 13:51:48 +0000 2022",
      "favorited" : false,
      "full_text" : "Market stall is open until 2pm today, come say hi!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1548248897945108469"
          ],
          "editableUntil" : "2022-07-16T11:11:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "10",
      "id_str" : "1548248897945108469",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1548248897945108469",
      "created_at" : "Sat Jul 16 10:11:17 +0000 2022",
      "favorited" : false,
      "full_text" : "Little paper bags with handwritten labels for the stall. Time consuming but so cute!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1548183114482424677"
          ],
          "editableUntil" : "2022-07-16T06:49:53.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "11",
      "id_str" : "1548183114482424677",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1548183114482424677",
      "created_at" : "Sat Jul 16 05:49:53 +0000 2022",
      "favorited" : false,
      "full_text" : "500g flour, 350g water, 100g starter, 10g salt. And about a thousand small decisions!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1547933922490255138"
          ],
          "editableUntil" : "2022-07-15T14:19:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "id_str" : "1547933922490255138",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1547933922490255138",
      "created_at" : "Fri Jul 15 13:19:41 +0000 2022",
      "favorited" : false,
      "full_text" : "Made bread rolls shaped like hedgehogs with almond spikes. Too cute to sell. Sold them anyway!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1547830847471269963"
          ],
          "editableUntil" : "2022-07-15T07:30:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "0",
      "id_str" : "1547830847471269963",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1547830847471269963",
      "created_at" : "Fri Jul 15 06:30:06 +0000 2022",
      "favorited" : false,
      "full_text" : "Today's lesson: don't put your phone down next to the dough. Now it's a floury phone.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1547660441286109594"
          ],
          "editableUntil" : "2022-07-14T20:12:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "7",
      "id_str" : "1547660441286109594",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1547660441286109594",
      "created_at" : "Thu Jul 14 19:12:58 +0000 2022",
      "favorited" : false,
      "full_text" : "Mr. Okafor from downstairs brought me a jar of his homemade chilli oil in exchange for a loaf. Best trade deal in history!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1546386643747787005"
          ],
          "editableUntil" : "2022-07-11T07:51:21.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "10",
      "id_str" : "1546386643747787005",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1546386643747787005",
      "created_at" : "Mon Jul 11 06:51:21 +0000 2022",
      "favorited" : false,
      "full_text" : "The dough I forgot in the fridge for 5 days turned into the best loaf of the month. Lucky me!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1546218041113823899"
          ],
          "editableUntil" : "2022-07-10T20:41:23.000Z",
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
      "favorite_count" : "16",
      "id_str" : "1546218041113823899",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1546218041113823899",
      "created_at" : "Sun Jul 10 19:41:23 +0000 2022",
      "favorited" : false,
      "full_text" : "I've been gifted three different jars of homemade jam by neighbours this month. Bread attracts jam, it's science!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1546150655423958050"
          ],
          "editableUntil" : "2022-07-10T16:13:37.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "ryebread",
            "indices" : [
              "89",
              "98"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/l3cTvqHZwD",
            "expanded_url" : "https://lenabakes.example.com/blog/my-rye-bread-recipe-adapted-from",
            "display_url" : "lenabakes.example.com/b…",
            "indices" : [
              "65",
              "88"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "2",
      "id_str" : "1546150655423958050",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1546150655423958050",
      "possibly_sensitive" : false,
      "created_at" : "Sun Jul 10 15:13:37 +0000 2022",
      "favorited" : false,
      "full_text" : "My rye bread recipe, adapted from my grandma's handwritten notes https://t.co/l3cTvqHZwD #ryebread",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1546029750417270985"
          ],
          "editableUntil" : "2022-07-10T08:13:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "7",
      "id_str" : "1546029750417270985",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1546029750417270985",
      "created_at" : "Sun Jul 10 07:13:11 +0000 2022",
      "favorited" : false,
      "full_text" : "The flat is 14 degrees this morning. Dough is sulking. I'm sulking. We're all sulking together.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1545127857619917755"
          ],
          "editableUntil" : "2022-07-07T20:29:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "id_str" : "1545127857619917755",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1545127857619917755",
      "created_at" : "Thu Jul 07 19:29:23 +0000 2022",
      "favorited" : false,
      "full_text" : "🍞🍞🍞",
      "lang" : "und"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1545093728568084038"
          ],
          "editableUntil" : "2022-07-07T18:13:46.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "22",
      "id_str" : "1545093728568084038",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1545093728568084038",
      "created_at" : "Thu Jul 07 17:13:46 +0000 2022",
      "favorited" : false,
      "full_text" : "New bread for the stall: potato sourdough. Soft and fluffy, lasts for days!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1544669902537489875"
          ],
          "editableUntil" : "2022-07-06T14:09:38.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "1",
      "id_str" : "1544669902537489875",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1544669902537489875",
      "created_at" : "Wed Jul 06 13:09:38 +0000 2022",
      "favorited" : false,
      "full_text" : "Flour bag split open on the kitchen floor. It looks like it snowed inside. Fitting for December, I suppose ❄️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1544626491487545489"
          ],
          "editableUntil" : "2022-07-06T11:17:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Baking Science Bea",
            "screen_name" : "baking_science_bea",
            "indices" : [
              "3",
              "22"
            ],
            "id_str" : "1281410183534528750",
            "id" : "1281410183534528750"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "166"
      ],
      "favorite_count" : "0",
      "id_str" : "1544626491487545489",
      "truncated" : false,
      "retweet_count" : "85",
      "id" : "1544626491487545489",
      "created_at" : "Wed Jul 06 10:17:08 +0000 2022",
      "favorited" : false,
      "full_text" : "RT @baking_science_bea: Why does sourdough taste sour? Lactic and acetic acid from the bacteria in your starter. Warmer ferments lean lactic, cooler ones lean acetic.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1544211595130052450"
          ],
          "editableUntil" : "2022-07-05T07:48:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "3",
      "id_str" : "1544211595130052450",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1544211595130052450",
      "created_at" : "Tue Jul 05 06:48:29 +0000 2022",
      "favorited" : false,
      "full_text" : "oh no",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1543907256433471873"
          ],
          "editableUntil" : "2022-07-04T11:39:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "2",
      "id_str" : "1543907256433471873",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1543907256433471873",
      "created_at" : "Mon Jul 04 10:39:09 +0000 2022",
      "favorited" : false,
      "full_text" : "Whoever invented the cinnamon roll deserves a statue made of cinnamon rolls.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1543825396204033208"
          ],
          "editableUntil" : "2022-07-04T06:13:52.000Z",
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
        "82"
      ],
      "favorite_count" : "5",
      "id_str" : "1543825396204033208",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1543825396204033208",
      "created_at" : "Mon Jul 04 05:13:52 +0000 2022",
      "favorited" : false,
      "full_text" : "Mr. Okafor says my focaccia is \"almost as good as his wife's\". High praise indeed!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1542141794187123727"
          ],
          "editableUntil" : "2022-06-29T14:43:50.000Z",
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
        "82"
      ],
      "favorite_count" : "0",
      "id_str" : "1542141794187123727",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1542141794187123727",
      "created_at" : "Wed Jun 29 13:43:50 +0000 2022",
      "favorited" : false,
      "full_text" : "Fig and anise is going to be the winter special. Tasted it and did a little dance!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1541669964349980767"
          ],
          "editableUntil" : "2022-06-28T07:28:57.000Z",
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
      "favorite_count" : "9",
      "id_str" : "1541669964349980767",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1541669964349980767",
      "created_at" : "Tue Jun 28 06:28:57 +0000 2022",
      "favorited" : false,
      "full_text" : "Gertrude got a little too warm on the windowsill and overflowed onto the radiator. Scraping crust off radiators is a new skill.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1539150739536016856"
          ],
          "editableUntil" : "2022-06-21T08:38:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Home Oven Heroes",
            "screen_name" : "home_oven_heroes",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "969707826585110439",
            "id" : "969707826585110439"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "18",
        "67"
      ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "1539095123066624890",
      "id_str" : "1539150739536016856",
      "in_reply_to_user_id" : "969707826585110439",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1539150739536016856",
      "in_reply_to_status_id" : "1539095123066624890",
      "created_at" : "Tue Jun 21 07:38:27 +0000 2022",
      "favorited" : false,
      "full_text" : "@home_oven_heroes I'll be there with Gertrude in a jar! Can't wait!",
      "lang" : "en",
      "in_reply_to_screen_name" : "home_oven_heroes",
      "in_reply_to_user_id_str" : "969707826585110439"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1538631056881153053"
          ],
          "editableUntil" : "2022-06-19T22:13:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Crumb Club Ldn",
            "screen_name" : "crumb_club_ldn",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "962825969622045240",
            "id" : "962825969622045240"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "16",
        "93"
      ],
      "favorite_count" : "14",
      "in_reply_to_status_id_str" : "1538494909772810819",
      "id_str" : "1538631056881153053",
      "in_reply_to_user_id" : "962825969622045240",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1538631056881153053",
      "in_reply_to_status_id" : "1538494909772810819",
      "created_at" : "Sun Jun 19 21:13:25 +0000 2022",
      "favorited" : false,
      "full_text" : "@crumb_club_ldn enriched dough month?! I'm so ready, I've been practising brioche all winter!",
      "lang" : "en",
      "in_reply_to_screen_name" : "crumb_club_ldn",
      "in_reply_to_user_id_str" : "962825969622045240"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1538215757873430642"
          ],
          "editableUntil" : "2022-06-18T18:43:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "id_str" : "1538215757873430642",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1538215757873430642",
      "created_at" : "Sat Jun 18 17:43:10 +0000 2022",
      "favorited" : false,
      "full_text" : "Dear everyone on the third floor: I'm sorry about the smoke alarm. The loaf survived. My pride didn't.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1537125322716260839"
          ],
          "editableUntil" : "2022-06-15T18:30:10.000Z",
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
            "url" : "https://t.co/4lueWLgLuB",
            "expanded_url" : "https://lenabakes.example.com/blog/oven-temp-lt-230c-pale-crust",
            "display_url" : "lenabakes.example.com/b…",
            "indices" : [
              "103",
              "126"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "126"
      ],
      "favorite_count" : "5",
      "id_str" : "1537125322716260839",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1537125322716260839",
      "possibly_sensitive" : false,
      "created_at" : "Wed Jun 15 17:30:10 +0000 2022",
      "favorited" : false,
      "full_text" : "Oven temp &lt; 230C? Pale crust. Oven temp &gt; 260C in my tiny oven? Smoke alarm. The balance is real https://t.co/4lueWLgLuB",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1537119983367888992"
          ],
          "editableUntil" : "2022-06-15T18:08:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "1",
      "id_str" : "1537119983367888992",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1537119983367888992",
      "created_at" : "Wed Jun 15 17:08:57 +0000 2022",
      "favorited" : false,
      "full_text" : "Flour prices again. Thinking of switching suppliers but the local mill is worth every penny, sigh.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1536425876386926754"
          ],
          "editableUntil" : "2022-06-13T20:10:49.000Z",
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
        "98"
      ],
      "favorite_count" : "0",
      "id_str" : "1536425876386926754",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1536425876386926754",
      "created_at" : "Mon Jun 13 19:10:49 +0000 2022",
      "favorited" : false,
      "full_text" : "Hot cross buns for the building! Left a basket by the mailboxes with a note. All gone in an hour 🐣",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1536332486016793116"
          ],
          "editableUntil" : "2022-06-13T13:59:43.000Z",
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
      "favorite_count" : "0",
      "id_str" : "1536332486016793116",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1536332486016793116",
      "created_at" : "Mon Jun 13 12:59:43 +0000 2022",
      "favorited" : false,
      "full_text" : "Why does bread dough feel like a baby's cheek? Asking for a friend who keeps poking it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1535562663458815218"
          ],
          "editableUntil" : "2022-06-11T11:00:43.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "id_str" : "1535562663458815218",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1535562663458815218",
      "created_at" : "Sat Jun 11 10:00:43 +0000 2022",
      "favorited" : false,
      "full_text" : "Note to future me: the oven is hot. Always. Every time. Wear the gloves.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1534153297622732064"
          ],
          "editableUntil" : "2022-06-07T13:40:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "1",
      "id_str" : "1534153297622732064",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1534153297622732064",
      "created_at" : "Tue Jun 07 12:40:24 +0000 2022",
      "favorited" : false,
      "full_text" : "My flat is so small that the dough rises in the bathroom on cold days. Steamy and warm! Don't judge.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1533700082105840813"
          ],
          "editableUntil" : "2022-06-06T07:39:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Baking Science Bea",
            "screen_name" : "baking_science_bea",
            "indices" : [
              "3",
              "22"
            ],
            "id_str" : "1281410183534528750",
            "id" : "1281410183534528750"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "129"
      ],
      "favorite_count" : "0",
      "id_str" : "1533700082105840813",
      "truncated" : false,
      "retweet_count" : "169",
      "id" : "1533700082105840813",
      "created_at" : "Mon Jun 06 06:39:29 +0000 2022",
      "favorited" : false,
      "full_text" : "RT @baking_science_bea: Salt doesn't just add flavour, it tightens the gluten network. That's why salt-free dough feels so slack!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1532981820128456450"
          ],
          "editableUntil" : "2022-06-04T08:05:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "8",
      "id_str" : "1532981820128456450",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1532981820128456450",
      "created_at" : "Sat Jun 04 07:05:22 +0000 2022",
      "favorited" : false,
      "full_text" : "Focaccia art attempt number two: sunflowers made of peppers and olives. Van Gogh would be confused but supportive.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1532776714466427360"
          ],
          "editableUntil" : "2022-06-03T18:30:21.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "id_str" : "1532776714466427360",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1532776714466427360",
      "created_at" : "Fri Jun 03 17:30:21 +0000 2022",
      "favorited" : false,
      "full_text" : "Proofing basket tip: rice flour in the banneton, not wheat. Changed my life, no more stuck dough!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1531180576277378283"
          ],
          "editableUntil" : "2022-05-30T08:47:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "2",
      "id_str" : "1531180576277378283",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1531180576277378283",
      "created_at" : "Mon May 30 07:47:52 +0000 2022",
      "favorited" : false,
      "full_text" : "Cheesy soda bread for lunch because I forgot to feed the starter. Shhh!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1530857153495243597"
          ],
          "editableUntil" : "2022-05-29T11:22:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "id_str" : "1530857153495243597",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1530857153495243597",
      "created_at" : "Sun May 29 10:22:42 +0000 2022",
      "favorited" : false,
      "full_text" : "Olive oil, flaky salt, warm focaccia. I don't need anything else in this world.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1530150954335332706"
          ],
          "editableUntil" : "2022-05-27T12:36:31.000Z",
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
        "82"
      ],
      "favorite_count" : "8",
      "id_str" : "1530150954335332706",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1530150954335332706",
      "created_at" : "Fri May 27 11:36:31 +0000 2022",
      "favorited" : false,
      "full_text" : "Went to a bread class as a student instead of a teacher for once. Learned SO much!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1529932775031546023"
          ],
          "editableUntil" : "2022-05-26T22:09:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "id_str" : "1529932775031546023",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1529932775031546023",
      "created_at" : "Thu May 26 21:09:33 +0000 2022",
      "favorited" : false,
      "full_text" : "Rainy market, fewer customers, more chats with the other stallholders. Not a bad day at all!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1529729653276537176"
          ],
          "editableUntil" : "2022-05-26T08:42:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "0",
      "id_str" : "1529729653276537176",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1529729653276537176",
      "created_at" : "Thu May 26 07:42:25 +0000 2022",
      "favorited" : false,
      "full_text" : "oven's on!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1528322426534206659"
          ],
          "editableUntil" : "2022-05-22T11:30:36.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "3",
      "id_str" : "1528322426534206659",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1528322426534206659",
      "created_at" : "Sun May 22 10:30:36 +0000 2022",
      "favorited" : false,
      "full_text" : "The crumb is the bread's personality. Today's loaf is an introvert. Tight and shy.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1528008914894026814"
          ],
          "editableUntil" : "2022-05-21T14:44:49.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Northmill Flour Co",
            "screen_name" : "northmill_flour_co",
            "indices" : [
              "0",
              "19"
            ],
            "id_str" : "1121951157592821091",
            "id" : "1121951157592821091"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "20",
        "91"
      ],
      "favorite_count" : "4",
      "in_reply_to_status_id_str" : "1527962609775766914",
      "id_str" : "1528008914894026814",
      "in_reply_to_user_id" : "1121951157592821091",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1528008914894026814",
      "in_reply_to_status_id" : "1527962609775766914",
      "created_at" : "Sat May 21 13:44:49 +0000 2022",
      "favorited" : false,
      "full_text" : "@northmill_flour_co totally understand about the prices. Still buying from you every month!",
      "lang" : "en",
      "in_reply_to_screen_name" : "northmill_flour_co",
      "in_reply_to_user_id_str" : "1121951157592821091"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1527704160960793544"
          ],
          "editableUntil" : "2022-05-20T18:33:50.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "sourdoughstarter",
            "indices" : [
              "62",
              "79"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/EcAwZJzJdn",
            "expanded_url" : "https://lenabakes.example.com/blog/gertrude-s-4th-birthday-photo-shoot",
            "display_url" : "lenabakes.example.com/b…",
            "indices" : [
              "38",
              "61"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "79"
      ],
      "favorite_count" : "7",
      "id_str" : "1527704160960793544",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1527704160960793544",
      "possibly_sensitive" : false,
      "created_at" : "Fri May 20 17:33:50 +0000 2022",
      "favorited" : false,
      "full_text" : "Gertrude's 4th birthday photo shoot 🎂 https://t.co/EcAwZJzJdn #sourdoughstarter",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1526808903546440104"
          ],
          "editableUntil" : "2022-05-18T07:16:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "0",
      "id_str" : "1526808903546440104",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1526808903546440104",
      "created_at" : "Wed May 18 06:16:24 +0000 2022",
      "favorited" : false,
      "full_text" : "Tried a no-knead overnight loaf to compare. Not bad at all! Lazy bread has its place.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1526521811827767826"
          ],
          "editableUntil" : "2022-05-17T12:15:36.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "4",
      "id_str" : "1526521811827767826",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1526521811827767826",
      "created_at" : "Tue May 17 11:15:36 +0000 2022",
      "favorited" : false,
      "full_text" : "Hydration at 80% today. The dough is basically soup with ambitions. Wish me luck!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1525703066910930955"
          ],
          "editableUntil" : "2022-05-15T06:02:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "id_str" : "1525703066910930955",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1525703066910930955",
      "created_at" : "Sun May 15 05:02:12 +0000 2022",
      "favorited" : false,
      "full_text" : "My sister asked what I want for my birthday and I said \"a bigger oven\" with zero hesitation.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1525423201975889288"
          ],
          "editableUntil" : "2022-05-14T11:30:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "10",
      "id_str" : "1525423201975889288",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1525423201975889288",
      "created_at" : "Sat May 14 10:30:07 +0000 2022",
      "favorited" : false,
      "full_text" : "A quiet week of baking just for me. Might actually eat my own bread for once!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1524128676183026937"
          ],
          "editableUntil" : "2022-05-10T21:46:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "10",
      "id_str" : "1524128676183026937",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1524128676183026937",
      "created_at" : "Tue May 10 20:46:08 +0000 2022",
      "favorited" : false,
      "full_text" : "Bread and soup on a cold night is the greatest pairing in human history!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1524048648864022385"
          ],
          "editableUntil" : "2022-05-10T16:28:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "sourdough",
            "indices" : [
              "61",
              "71"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/WjKyRSnIsZ",
            "expanded_url" : "https://lenabakes.example.com/blog/the-beetroot-loaf-crumb-is-so",
            "display_url" : "lenabakes.example.com/b…",
            "indices" : [
              "37",
              "60"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "71"
      ],
      "favorite_count" : "18",
      "id_str" : "1524048648864022385",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1524048648864022385",
      "possibly_sensitive" : false,
      "created_at" : "Tue May 10 15:28:08 +0000 2022",
      "favorited" : false,
      "full_text" : "The beetroot loaf crumb is so pink!! https://t.co/WjKyRSnIsZ #sourdough",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1523030133438802649"
          ],
          "editableUntil" : "2022-05-07T21:00:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Toastlover Tom",
            "screen_name" : "toastlover_tom",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "255367106347084436",
            "id" : "255367106347084436"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "16",
        "87"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1522971497070731953",
      "id_str" : "1523030133438802649",
      "in_reply_to_user_id" : "255367106347084436",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1523030133438802649",
      "in_reply_to_status_id" : "1522971497070731953",
      "created_at" : "Sat May 07 20:00:55 +0000 2022",
      "favorited" : false,
      "full_text" : "@toastlover_tom honestly a good bread knife makes more difference than any fancy flour.",
      "lang" : "en",
      "in_reply_to_screen_name" : "toastlover_tom",
      "in_reply_to_user_id_str" : "255367106347084436"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1521798408959257895"
          ],
          "editableUntil" : "2022-05-04T11:26:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "autumnbaking",
            "indices" : [
              "68",
              "81"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/mswUIZhzv5",
            "expanded_url" : "https://lenabakes.example.com/blog/pumpkin-sourdough-with-roasted-seeds-on",
            "display_url" : "lenabakes.example.com/b…",
            "indices" : [
              "44",
              "67"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "0",
      "id_str" : "1521798408959257895",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1521798408959257895",
      "possibly_sensitive" : false,
      "created_at" : "Wed May 04 10:26:29 +0000 2022",
      "favorited" : false,
      "full_text" : "Pumpkin sourdough with roasted seeds on top https://t.co/mswUIZhzv5 #autumnbaking",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1521398540795006602"
          ],
          "editableUntil" : "2022-05-03T08:57:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "easterbaking",
            "indices" : [
              "76",
              "89"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/SrAqOQzy7R",
            "expanded_url" : "https://lenabakes.example.com/blog/hot-cross-buns-for-the-whole",
            "display_url" : "lenabakes.example.com/b…",
            "indices" : [
              "52",
              "75"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "40",
      "id_str" : "1521398540795006602",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1521398540795006602",
      "possibly_sensitive" : false,
      "created_at" : "Tue May 03 07:57:33 +0000 2022",
      "favorited" : false,
      "full_text" : "Hot cross buns for the whole building this Easter 🐣 https://t.co/SrAqOQzy7R #easterbaking",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1520382747474371196"
          ],
          "editableUntil" : "2022-04-30T13:41:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Crumb Club Ldn",
            "screen_name" : "crumb_club_ldn",
            "indices" : [
              "3",
              "18"
            ],
            "id_str" : "962825969622045240",
            "id" : "962825969622045240"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "104"
      ],
      "favorite_count" : "0",
      "id_str" : "1520382747474371196",
      "truncated" : false,
      "retweet_count" : "122",
      "id" : "1520382747474371196",
      "created_at" : "Sat Apr 30 12:41:09 +0000 2022",
      "favorited" : false,
      "full_text" : "RT @crumb_club_ldn: Bread tip: if your loaf spreads flat, try a tighter shape and a shorter final proof.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1517809621661947285"
          ],
          "editableUntil" : "2022-04-23T11:16:28.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "0",
      "id_str" : "1517809621661947285",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1517809621661947285",
      "created_at" : "Sat Apr 23 10:16:28 +0000 2022",
      "favorited" : false,
      "full_text" : "Overnight oats? No. Overnight dough. Every night!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1516726950166910464"
          ],
          "editableUntil" : "2022-04-20T11:34:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "44"
      ],
      "favorite_count" : "5",
      "id_str" : "1516726950166910464",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1516726950166910464",
      "created_at" : "Wed Apr 20 10:34:19 +0000 2022",
      "favorited" : false,
      "full_text" : "Spent my day off... baking. Of course I did.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1515967571425722250"
          ],
          "editableUntil" : "2022-04-18T09:16:49.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "2",
      "id_str" : "1515967571425722250",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1515967571425722250",
      "created_at" : "Mon Apr 18 08:16:49 +0000 2022",
      "favorited" : false,
      "full_text" : "Experimenting with a long cold retard in the fridge. 48 hours. The dough and I are both being very patient.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1515070376246272117"
          ],
          "editableUntil" : "2022-04-15T21:51:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "6",
      "id_str" : "1515070376246272117",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1515070376246272117",
      "created_at" : "Fri Apr 15 20:51:41 +0000 2022",
      "favorited" : false,
      "full_text" : "Open crumb is lovely but honestly a tight crumb holds butter better and I will die on this hill!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1514335077004662572"
          ],
          "editableUntil" : "2022-04-13T21:09:52.000Z",
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
      "favorite_count" : "2",
      "id_str" : "1514335077004662572",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1514335077004662572",
      "created_at" : "Wed Apr 13 20:09:52 +0000 2022",
      "favorited" : false,
      "full_text" : "I'm feeling crumby today but a fresh loaf will fix it. It always does!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1514138297038088944"
          ],
          "editableUntil" : "2022-04-13T08:07:56.000Z",
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
        "66"
      ],
      "favorite_count" : "0",
      "id_str" : "1514138297038088944",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1514138297038088944",
      "created_at" : "Wed Apr 13 07:07:56 +0000 2022",
      "favorited" : false,
      "full_text" : "Cold kitchen, warm heart, slow dough. Winter baking in a nutshell!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1513968553557472195"
          ],
          "editableUntil" : "2022-04-12T20:53:26.000Z",
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
            "name" : "Baking Science Bea",
            "screen_name" : "baking_science_bea",
            "indices" : [
              "3",
              "22"
            ],
            "id_str" : "1281410183534528750",
            "id" : "1281410183534528750"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "126"
      ],
      "favorite_count" : "0",
      "id_str" : "1513968553557472195",
      "truncated" : false,
      "retweet_count" : "175",
      "id" : "1513968553557472195",
      "created_at" : "Tue Apr 12 19:53:26 +0000 2022",
      "favorited" : false,
      "full_text" : "RT @baking_science_bea: Oven spring happens in the first 10 minutes of baking as gas expands and the yeast has one last party.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1513788068460503233"
          ],
          "editableUntil" : "2022-04-12T08:56:15.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "10",
      "id_str" : "1513788068460503233",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1513788068460503233",
      "created_at" : "Tue Apr 12 07:56:15 +0000 2022",
      "favorited" : false,
      "full_text" : "Good night from a very tired, very floury baker. Alarm set for 5am. See you on the other side!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1513036231080826620"
          ],
          "editableUntil" : "2022-04-10T07:08:43.000Z",
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
      "favorite_count" : "5",
      "id_str" : "1513036231080826620",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1513036231080826620",
      "created_at" : "Sun Apr 10 06:08:43 +0000 2022",
      "favorited" : false,
      "full_text" : "If anyone sees a tiny woman carrying eight loaves on a bicycle, please wave!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1509838812478738967"
          ],
          "editableUntil" : "2022-04-01T11:23:19.000Z",
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
        "29"
      ],
      "favorite_count" : "2",
      "id_str" : "1509838812478738967",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1509838812478738967",
      "created_at" : "Fri Apr 01 10:23:19 +0000 2022",
      "favorited" : false,
      "full_text" : "Bread is love, bread is life!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1509042909739261094"
          ],
          "editableUntil" : "2022-03-30T06:40:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sourdough Sam 88",
            "screen_name" : "sourdough_sam_88",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "867992727904386611",
            "id" : "867992727904386611"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "18",
        "79"
      ],
      "favorite_count" : "4",
      "in_reply_to_status_id_str" : "1508946776293709861",
      "id_str" : "1509042909739261094",
      "in_reply_to_user_id" : "867992727904386611",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1509042909739261094",
      "in_reply_to_status_id" : "1508946776293709861",
      "created_at" : "Wed Mar 30 05:40:41 +0000 2022",
      "favorited" : false,
      "full_text" : "@sourdough_sam_88 mine's called Gertrude and she's a diva. What's yours called?",
      "lang" : "en",
      "in_reply_to_screen_name" : "sourdough_sam_88",
      "in_reply_to_user_id_str" : "867992727904386611"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1506159678061190820"
          ],
          "editableUntil" : "2022-03-22T07:43:45.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "5",
      "id_str" : "1506159678061190820",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1506159678061190820",
      "created_at" : "Tue Mar 22 06:43:45 +0000 2022",
      "favorited" : false,
      "full_text" : "Is there any sound better than a crust crackling as it cools? Bread ASMR is the real thing!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1506154955275357423"
          ],
          "editableUntil" : "2022-03-22T07:24:59.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "2",
      "id_str" : "1506154955275357423",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1506154955275357423",
      "created_at" : "Tue Mar 22 06:24:59 +0000 2022",
      "favorited" : false,
      "full_text" : "Learned that my scale's battery was dying and it was reading 50g low. ALL MY BREAD THIS WEEK EXPLAINED.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1505884351362637327"
          ],
          "editableUntil" : "2022-03-21T13:29:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "id_str" : "1505884351362637327",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1505884351362637327",
      "created_at" : "Mon Mar 21 12:29:42 +0000 2022",
      "favorited" : false,
      "full_text" : "Mrs. Hale returned my tea towel with a slice of her lemon drizzle inside. The bread network works both ways!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1505446252116877958"
          ],
          "editableUntil" : "2022-03-20T08:28:51.000Z",
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
            "name" : "Pastry Pia",
            "screen_name" : "pastry_pia",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "1238190997491617908",
            "id" : "1238190997491617908"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "0",
      "id_str" : "1505446252116877958",
      "truncated" : false,
      "retweet_count" : "168",
      "id" : "1505446252116877958",
      "created_at" : "Sun Mar 20 07:28:51 +0000 2022",
      "favorited" : false,
      "full_text" : "RT @pastry_pia: Never underestimate the power of a warm cinnamon bun to fix a bad day.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1503399444345790068"
          ],
          "editableUntil" : "2022-03-14T16:55:34.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "56"
      ],
      "favorite_count" : "13",
      "id_str" : "1503399444345790068",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1503399444345790068",
      "created_at" : "Mon Mar 14 15:55:34 +0000 2022",
      "favorited" : false,
      "full_text" : "I whisper encouragement to the dough. Don't tell anyone.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1502661871794692692"
          ],
          "editableUntil" : "2022-03-12T16:04:43.000Z",
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
        "16"
      ],
      "favorite_count" : "1",
      "id_str" : "1502661871794692692",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1502661871794692692",
      "created_at" : "Sat Mar 12 15:04:43 +0000 2022",
      "favorited" : false,
      "full_text" : "flour everywhere",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1501646762146983174"
          ],
          "editableUntil" : "2022-03-09T20:51:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "id_str" : "1501646762146983174",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1501646762146983174",
      "created_at" : "Wed Mar 09 19:51:02 +0000 2022",
      "favorited" : false,
      "full_text" : "Rain on the market canopy and the smell of bread underneath it. Honestly one of my favourite feelings.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1499857153294393685"
          ],
          "editableUntil" : "2022-03-04T22:19:46.000Z",
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
      "favorite_count" : "16",
      "id_str" : "1499857153294393685",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1499857153294393685",
      "created_at" : "Fri Mar 04 21:19:46 +0000 2022",
      "favorited" : false,
      "full_text" : "Today's loaf has an ear so big it could hear the neighbours' telly. Very proud!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1497911147230668022"
          ],
          "editableUntil" : "2022-02-27T13:27:02.000Z",
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
      "favorite_count" : "1",
      "id_str" : "1497911147230668022",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1497911147230668022",
      "created_at" : "Sun Feb 27 12:27:02 +0000 2022",
      "favorited" : false,
      "full_text" : "Dough was proofing and the power went out. Candlelit baking, very romantic, very dark.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1497475723949382216"
          ],
          "editableUntil" : "2022-02-26T08:36:49.000Z",
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
      "favorite_count" : "4",
      "id_str" : "1497475723949382216",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1497475723949382216",
      "created_at" : "Sat Feb 26 07:36:49 +0000 2022",
      "favorited" : false,
      "full_text" : "I accidentally added the salt twice. Do not do this. The bread was basically the Dead Sea.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1497233209291962559"
          ],
          "editableUntil" : "2022-02-25T16:33:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "4",
      "id_str" : "1497233209291962559",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1497233209291962559",
      "created_at" : "Fri Feb 25 15:33:09 +0000 2022",
      "favorited" : false,
      "full_text" : "Tried a 20% rye loaf and it tastes like a hug from a Scandinavian grandmother. Highly recommend!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1496053741649998956"
          ],
          "editableUntil" : "2022-02-22T10:26:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "id_str" : "1496053741649998956",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1496053741649998956",
      "created_at" : "Tue Feb 22 09:26:22 +0000 2022",
      "favorited" : false,
      "full_text" : "Baked a loaf for my old piano teacher's 80th. She cried. I cried. The loaf did not cry but it was very good.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1495299203136587234"
          ],
          "editableUntil" : "2022-02-20T08:28:06.000Z",
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
      "favorite_count" : "8",
      "id_str" : "1495299203136587234",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1495299203136587234",
      "created_at" : "Sun Feb 20 07:28:06 +0000 2022",
      "favorited" : false,
      "full_text" : "Someone asked for my recipe and I had to admit I don't really follow one anymore. Vibes and a scale!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1495123235304571624"
          ],
          "editableUntil" : "2022-02-19T20:48:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "0",
      "id_str" : "1495123235304571624",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1495123235304571624",
      "created_at" : "Sat Feb 19 19:48:52 +0000 2022",
      "favorited" : false,
      "full_text" : "Someone at the stall paid in coins from a jam jar and it made my whole week!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1494546875024148019"
          ],
          "editableUntil" : "2022-02-18T06:38:37.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "6",
      "id_str" : "1494546875024148019",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1494546875024148019",
      "created_at" : "Fri Feb 18 05:38:37 +0000 2022",
      "favorited" : false,
      "full_text" : "yes!!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1492378000424095998"
          ],
          "editableUntil" : "2022-02-12T07:00:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Home Oven Heroes",
            "screen_name" : "home_oven_heroes",
            "indices" : [
              "3",
              "20"
            ],
            "id_str" : "969707826585110439",
            "id" : "969707826585110439"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "118"
      ],
      "favorite_count" : "0",
      "id_str" : "1492378000424095998",
      "truncated" : false,
      "retweet_count" : "128",
      "id" : "1492378000424095998",
      "created_at" : "Sat Feb 12 06:00:17 +0000 2022",
      "favorited" : false,
      "full_text" : "RT @home_oven_heroes: You don't need a fancy oven to bake great bread. Some of the best loaves come out of tiny flats!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1491869977932919588"
          ],
          "editableUntil" : "2022-02-10T21:21:35.000Z",
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
        "85"
      ],
      "favorite_count" : "11",
      "id_str" : "1491869977932919588",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1491869977932919588",
      "created_at" : "Thu Feb 10 20:21:35 +0000 2022",
      "favorited" : false,
      "full_text" : "Honey oat loaf turned out so soft it was practically a pillow. Gonna bake three more!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1491674674362535216"
          ],
          "editableUntil" : "2022-02-10T08:25:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "60"
      ],
      "favorite_count" : "3",
      "id_str" : "1491674674362535216",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1491674674362535216",
      "created_at" : "Thu Feb 10 07:25:31 +0000 2022",
      "favorited" : false,
      "full_text" : "Ran out of flour at 9pm. Never been so sad in a corner shop.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1491671918704872659"
          ],
          "editableUntil" : "2022-02-10T08:14:34.000Z",
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
            "url" : "https://t.co/7zmEXkwQTp",
            "expanded_url" : "https://lenabakes.example.com/blog/saturday-stall-menu-seeded-rye-country",
            "display_url" : "lenabakes.example.com/b…",
            "indices" : [
              "67",
              "90"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "6",
      "id_str" : "1491671918704872659",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1491671918704872659",
      "possibly_sensitive" : false,
      "created_at" : "Thu Feb 10 07:14:34 +0000 2022",
      "favorited" : false,
      "full_text" : "Saturday stall menu: seeded rye, country loaf &amp; cinnamon buns! https://t.co/7zmEXkwQTp",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1491398022266950095"
          ],
          "editableUntil" : "2022-02-09T14:06:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "13",
      "id_str" : "1491398022266950095",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1491398022266950095",
      "created_at" : "Wed Feb 09 13:06:12 +0000 2022",
      "favorited" : false,
      "full_text" : "The crust today sang for a good five minutes! That crackly sound never gets old!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1489873287902888336"
          ],
          "editableUntil" : "2022-02-05T09:07:27.000Z",
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
      "favorite_count" : "8",
      "id_str" : "1489873287902888336",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1489873287902888336",
      "created_at" : "Sat Feb 05 08:07:27 +0000 2022",
      "favorited" : false,
      "full_text" : "I have 11 types of flour in a 30 square metre flat. Something has to give and it won't be the flour.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1489342259656630539"
          ],
          "editableUntil" : "2022-02-03T21:57:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Crumb Club Ldn",
            "screen_name" : "crumb_club_ldn",
            "indices" : [
              "3",
              "18"
            ],
            "id_str" : "962825969622045240",
            "id" : "962825969622045240"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "0",
      "id_str" : "1489342259656630539",
      "truncated" : false,
      "retweet_count" : "62",
      "id" : "1489342259656630539",
      "created_at" : "Thu Feb 03 20:57:20 +0000 2022",
      "favorited" : false,
      "full_text" : "RT @crumb_club_ldn: This week's crumb shot winner goes to a 78% hydration country loaf. Absolutely stunning work!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1489118443208058860"
          ],
          "editableUntil" : "2022-02-03T07:07:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "The Rye Guy 22",
            "screen_name" : "the_rye_guy_22",
            "indices" : [
              "3",
              "18"
            ],
            "id_str" : "598535781336018299",
            "id" : "598535781336018299"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "0",
      "id_str" : "1489118443208058860",
      "truncated" : false,
      "retweet_count" : "144",
      "id" : "1489118443208058860",
      "created_at" : "Thu Feb 03 06:07:58 +0000 2022",
      "favorited" : false,
      "full_text" : "RT @the_rye_guy_22: Nobody asked, but I checked on my dough at 2am again. It was fine. I was not.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1488450026337412007"
          ],
          "editableUntil" : "2022-02-01T10:51:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "6",
      "id_str" : "1488450026337412007",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1488450026337412007",
      "created_at" : "Tue Feb 01 09:51:55 +0000 2022",
      "favorited" : false,
      "full_text" : "Some days the bread is great and I'm tired. Some days the bread is terrible and I'm still tired. Bread is life!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1488037822723859271"
          ],
          "editableUntil" : "2022-01-31T07:33:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "1",
      "id_str" : "1488037822723859271",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1488037822723859271",
      "created_at" : "Mon Jan 31 06:33:58 +0000 2022",
      "favorited" : false,
      "full_text" : "Stuck my hand in the flour bin to find the scoop and found a second scoop. Mysteries of the kitchen.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1486700028494447872"
          ],
          "editableUntil" : "2022-01-27T14:58:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "id_str" : "1486700028494447872",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1486700028494447872",
      "created_at" : "Thu Jan 27 13:58:03 +0000 2022",
      "favorited" : false,
      "full_text" : "My mum finally admitted my bread is better than the supermarket's. Took five years!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1486591949666441001"
          ],
          "editableUntil" : "2022-01-27T07:48:35.000Z",
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
        "50"
      ],
      "favorite_count" : "10",
      "id_str" : "1486591949666441001",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1486591949666441001",
      "created_at" : "Thu Jan 27 06:48:35 +0000 2022",
      "favorited" : false,
      "full_text" : "Long ferment, short patience. My eternal struggle!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1484644836310078592"
          ],
          "editableUntil" : "2022-01-21T22:51:27.000Z",
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
      "favorite_count" : "1",
      "id_str" : "1484644836310078592",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1484644836310078592",
      "created_at" : "Fri Jan 21 21:51:27 +0000 2022",
      "favorited" : false,
      "full_text" : "Sold my 1000th loaf at the market today!!! Literally crying into my apron 😭🍞",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1484284310715269279"
          ],
          "editableUntil" : "2022-01-20T22:58:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "pizza",
            "indices" : [
              "68",
              "74"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/FcmjGMicnt",
            "expanded_url" : "https://lenabakes.example.com/blog/sourdough-pizza-night-for-the-garden",
            "display_url" : "lenabakes.example.com/b…",
            "indices" : [
              "44",
              "67"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "74"
      ],
      "favorite_count" : "4",
      "id_str" : "1484284310715269279",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1484284310715269279",
      "possibly_sensitive" : false,
      "created_at" : "Thu Jan 20 21:58:51 +0000 2022",
      "favorited" : false,
      "full_text" : "Sourdough pizza night for the garden party! https://t.co/FcmjGMicnt #pizza",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1483824589829743934"
          ],
          "editableUntil" : "2022-01-19T16:32:05.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Flourpower Kat",
            "screen_name" : "flourpower_kat",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "849974829949624051",
            "id" : "849974829949624051"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "16",
        "93"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1483745820803231152",
      "id_str" : "1483824589829743934",
      "in_reply_to_user_id" : "849974829949624051",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1483824589829743934",
      "in_reply_to_status_id" : "1483745820803231152",
      "created_at" : "Wed Jan 19 15:32:05 +0000 2022",
      "favorited" : false,
      "full_text" : "@flourpower_kat ha! I'm with you, the end piece is the baker's treat and nobody else gets it!",
      "lang" : "en",
      "in_reply_to_screen_name" : "flourpower_kat",
      "in_reply_to_user_id_str" : "849974829949624051"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1483438294430817377"
          ],
          "editableUntil" : "2022-01-18T14:57:05.000Z",
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
      "favorite_count" : "31",
      "id_str" : "1483438294430817377",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1483438294430817377",
      "created_at" : "Tue Jan 18 13:57:05 +0000 2022",
      "favorited" : false,
      "full_text" : "Bread crumbs on my keyboard, bread crumbs in my bed. I am a lifestyle brand now.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1481566099732532267"
          ],
          "editableUntil" : "2022-01-13T10:57:39.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "7",
      "id_str" : "1481566099732532267",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1481566099732532267",
      "created_at" : "Thu Jan 13 09:57:39 +0000 2022",
      "favorited" : false,
      "full_text" : "Stretch and folds every 30 minutes means I can't leave the flat all morning. Bread owns me now.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1481528183225475637"
          ],
          "editableUntil" : "2022-01-13T08:26:59.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "id_str" : "1481528183225475637",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1481528183225475637",
      "created_at" : "Thu Jan 13 07:26:59 +0000 2022",
      "favorited" : false,
      "full_text" : "Starter tip: if it smells funky, just feed it a couple of times. She's fine. Probably.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1481148741319085407"
          ],
          "editableUntil" : "2022-01-12T07:19:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "6",
      "id_str" : "1481148741319085407",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1481148741319085407",
      "created_at" : "Wed Jan 12 06:19:13 +0000 2022",
      "favorited" : false,
      "full_text" : "Three years of market stalls today! Thank you for every loaf bought and every smile!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1479071235437889900"
          ],
          "editableUntil" : "2022-01-06T13:43:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "5",
      "id_str" : "1479071235437889900",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1479071235437889900",
      "created_at" : "Thu Jan 06 12:43:57 +0000 2022",
      "favorited" : false,
      "full_text" : "Oven thermometer says the oven runs 15 degrees cold. Years of underbaked loaves suddenly make sense!!",
      "lang" : "en"
    }
  }
]
