"""Demo course: using generative AI safely and well in a Party office (plain data)."""

COURSE = {
    "slug": "dung-tri-tue-nhan-tao-an-toan",
    "title": "Dùng trí tuệ nhân tạo an toàn và hiệu quả",
    "topic": "Chuyển đổi số trong văn phòng",
    "level": "basic",
    "summary": (
        "Nhiều cán bộ văn phòng đã dùng các công cụ trí tuệ nhân tạo (AI) tạo sinh để tóm tắt, "
        "soạn thảo. Khóa học giúp dùng chúng đúng chỗ và an toàn: AI làm được gì, không làm được "
        "gì; cách viết yêu cầu để tóm tắt và soạn thảo; cách kiểm tra sản phẩm của AI trước khi "
        "dùng; những gì không bao giờ được đưa vào công cụ AI (bí mật nhà nước, dữ liệu cá nhân, "
        "tài liệu nội bộ); quy định của cơ quan và Luật Trí tuệ nhân tạo 2025 (con người quyết "
        "định, nội dung do AI tạo ra được gắn nhãn); và một bài thực hành tóm tắt báo cáo bằng AI "
        "rồi kiểm tra từng ý."
    ),
    "objectives": [
        (
            "Phân biệt việc AI tạo sinh làm tốt (tóm tắt, dựng dàn ý, diễn đạt lại) với việc không "
            "được giao cho AI (khẳng định sự thật, trích dẫn pháp luật, ra quyết định)."
        ),
        "Viết yêu cầu có bối cảnh, nhiệm vụ, đầu vào, yêu cầu đầu ra và ràng buộc rõ ràng.",
        (
            "Kiểm tra sản phẩm của AI: số liệu, tên người, văn bản pháp luật, ý bị bỏ sót hoặc bị "
            "thêm vào."
        ),
        (
            "Không đưa bí mật nhà nước, dữ liệu cá nhân, tài liệu nội bộ chưa công khai vào công "
            "cụ AI; chỉ dùng công cụ được cơ quan cho phép."
        ),
        (
            "Nêu đúng Luật Trí tuệ nhân tạo số 134/2025/QH15 và nguyên tắc con người quyết định, "
            "chịu trách nhiệm; gắn nhãn nội dung do AI tạo ra khi công bố."
        ),
        (
            "Tóm tắt một báo cáo công khai bằng AI, đối chiếu từng ý với bản gốc và sửa sai trước "
            "khi dùng."
        ),
    ],
    "estimated_minutes": 185,
    "issues_certificate": True,
    "lessons": [
        {
            "slug": "ai-tao-sinh-lam-duoc-gi",
            "title": "AI tạo sinh làm được gì, không làm được gì",
            "estimated_minutes": 30,
            "body": [
                ("heading", "Một công cụ viết rất giỏi, nhưng không biết mình sai"),
                (
                    "rich_text",
                    (
                        "<p>Các công cụ <strong>trí tuệ nhân tạo tạo sinh</strong> như các trợ lý "
                        "trò chuyện (chatbot) có thể viết một đoạn văn trôi chảy về gần như mọi "
                        "chủ đề trong vài giây. Chúng được “huấn luyện” trên một lượng văn bản "
                        "khổng lồ và tạo ra câu trả lời bằng cách dự đoán chữ tiếp theo hợp lý "
                        "nhất. Cách hoạt động này giải thích cả điểm mạnh lẫn điểm yếu của chúng: "
                        "chúng rất giỏi về <em>hình thức</em> ngôn ngữ, nhưng không có cơ chế nào "
                        "bảo đảm điều chúng viết ra là <em>đúng</em>. Khi không biết, AI thường "
                        "không nói “tôi không biết” mà viết ra một câu trả lời nghe rất thuyết "
                        "phục, kể cả số liệu, tên người, số hiệu văn bản không hề tồn tại. Hiện "
                        "tượng này thường được gọi là AI “bịa” (ảo giác).</p><p>Vì vậy, cách nghĩ "
                        "đúng về AI tạo sinh là coi nó như <strong>một cộng tác viên viết nhanh "
                        "nhưng chưa được kiểm chứng</strong>: có ích để có bản nháp, dàn ý, cách "
                        "diễn đạt khác; không bao giờ là nguồn thông tin hay người quyết định.</p>"
                    ),
                ),
                (
                    "table",
                    {
                        "caption": "AI tạo sinh trong công việc văn phòng: nên và không nên giao",
                        "header": ["Việc", "Mức phù hợp", "Lưu ý"],
                        "rows": [
                            [
                                "Tóm tắt một văn bản công khai bạn đưa vào",
                                "Phù hợp",
                                "Phải đối chiếu từng ý với bản gốc",
                            ],
                            [
                                "Dựng dàn ý bài phát biểu, báo cáo",
                                "Phù hợp",
                                "Nội dung, số liệu do bạn điền từ nguồn chính thức",
                            ],
                            [
                                "Diễn đạt lại một đoạn cho ngắn gọn, dễ hiểu",
                                "Phù hợp",
                                "Kiểm tra không làm sai lệch ý, thuật ngữ",
                            ],
                            [
                                "Gợi ý câu hỏi, phương án để suy nghĩ thêm",
                                "Phù hợp",
                                "Người làm công việc vẫn tự đánh giá các phương án",
                            ],
                            [
                                "Tra cứu số hiệu, nội dung văn bản pháp luật",
                                "Không nên",
                                (
                                    "AI có thể trả lời bằng văn bản đã hết hiệu lực hoặc không tồn "
                                    "tại; tra ở nguồn chính thức"
                                ),
                            ],
                            [
                                "Cung cấp số liệu thống kê, sự kiện mới",
                                "Không nên",
                                "Kiến thức của AI có thể cũ, số liệu có thể bị bịa",
                            ],
                            [
                                "Đánh giá, nhận xét cán bộ; quyết định nhân sự",
                                "Không được",
                                (
                                    "Đây là thẩm quyền và trách nhiệm của con người, lại liên quan "
                                    "dữ liệu cá nhân"
                                ),
                            ],
                            [
                                "Xử lý tài liệu mật, tài liệu nội bộ chưa công khai",
                                "Không được",
                                "Xem bài “Những gì không bao giờ đưa vào công cụ AI”",
                            ],
                        ],
                    },
                ),
                ("heading", "Ví dụ: câu trả lời nghe rất đúng"),
                (
                    "rich_text",
                    (
                        "<p>Ví dụ minh họa: một chuyên viên hỏi một công cụ AI “Văn bản nào quy "
                        "định chữ ký số chuyên dùng công vụ?”. Công cụ trả lời trôi chảy, nêu một "
                        "nghị định với số hiệu, ngày ban hành và vài điều khoản. Khi đối chiếu với "
                        "nguồn chính thức, chuyên viên thấy nghị định được nêu đã bị thay thế từ "
                        "trước, còn một “điều khoản” được trích dẫn không có trong văn bản nào. "
                        "Công cụ không cố ý lừa: nó đã kết hợp những mảnh thông tin cũ theo cách "
                        "nghe hợp lý nhất. Người dùng nếu không kiểm tra sẽ đưa một căn cứ sai vào "
                        "văn bản của cơ quan.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Trôi chảy không có nghĩa là chính xác",
                        "text": (
                            "<p>Câu trả lời càng trôi chảy, tự tin càng dễ khiến ta tin. Hãy tập "
                            "thói quen ngược lại: mỗi số liệu, tên người, số hiệu văn bản, trích "
                            "dẫn trong câu trả lời của AI đều là “giả thuyết cần kiểm tra”, cho "
                            "đến khi bạn tự đối chiếu được với nguồn chính thức.</p>"
                        ),
                    },
                ),
                ("heading", "Những giới hạn khác cần biết"),
                (
                    "rich_text",
                    (
                        "<ul><li><strong>Kiến thức có hạn về thời gian.</strong> Nhiều công cụ chỉ "
                        "biết thông tin đến một thời điểm nhất định; những quy định, sự kiện mới "
                        "hơn có thể không có, hoặc bị “đoán”.</li><li><strong>Không biết bối cảnh "
                        "của cơ quan bạn.</strong> AI không biết quy chế làm việc, cách gọi tên "
                        "đơn vị, những điều lãnh đạo đã kết luận. Văn bản AI viết thường chung "
                        "chung, cần được “đặt vào” bối cảnh thực tế.</li><li><strong>Thuật ngữ "
                        "chính trị, văn phong văn bản Đảng.</strong> AI có thể dùng từ không "
                        "chuẩn, lẫn văn phong của văn bản hành chính nhà nước hoặc văn phong báo "
                        "chí, thậm chí dùng thuật ngữ sai về chính trị. Người soạn thảo chịu trách "
                        "nhiệm về từng chữ.</li><li><strong>Không chịu trách nhiệm.</strong> Văn "
                        "bản ký ban hành là trách nhiệm của người ký và người tham mưu, không phải "
                        "của công cụ.</li></ul>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Dùng AI để nghĩ rộng hơn, không phải để nghĩ thay",
                        "text": (
                            "<p>Một cách dùng ít rủi ro mà nhiều người thấy hữu ích: sau khi tự "
                            "viết xong dàn ý, hỏi AI “còn khía cạnh nào tôi có thể đã bỏ sót?”. "
                            "Câu trả lời có thể gợi ra một ý đáng cân nhắc; quyết định có đưa vào "
                            "hay không vẫn là của bạn.</p>"
                        ),
                    },
                ),
                (
                    "check",
                    {
                        "question": (
                            "Việc nào sau đây phù hợp nhất để nhờ công cụ AI tạo sinh hỗ trợ?"
                        ),
                        "choices": [
                            {
                                "text": (
                                    "Tra số hiệu và ngày hiệu lực của nghị định mới nhất về chữ ký "
                                    "số, để dẫn làm căn cứ trong tờ trình gửi Thường trực."
                                ),
                                "correct": False,
                                "feedback": (
                                    "AI có thể trả lời bằng văn bản cũ hoặc không tồn tại; hãy tra "
                                    "ở nguồn chính thức."
                                ),
                            },
                            {
                                "text": (
                                    "Viết nhận xét, đánh giá cán bộ để đưa vào hồ sơ đánh giá cuối "
                                    "năm."
                                ),
                                "correct": False,
                                "feedback": (
                                    "Đánh giá cán bộ là thẩm quyền, trách nhiệm của con người và "
                                    "liên quan đến dữ liệu cá nhân."
                                ),
                            },
                            {
                                "text": (
                                    "Gợi ý dàn ý bài phát biểu khai mạc lớp bồi dưỡng; nội dung, "
                                    "số liệu tự điền."
                                ),
                                "correct": True,
                                "feedback": (
                                    "Đúng. Dựng dàn ý là việc AI làm tốt; phần nội dung, số liệu "
                                    "do người soạn thảo chịu trách nhiệm, lấy từ nguồn chính thức."
                                ),
                            },
                            {
                                "text": "Cung cấp số liệu kết nạp đảng viên của tỉnh năm trước.",
                                "correct": False,
                                "feedback": (
                                    "Số liệu phải lấy từ nguồn chính thức của cơ quan, không từ AI."
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
        {
            "slug": "viet-yeu-cau-tom-tat-va-soan-thao",
            "title": "Viết yêu cầu để tóm tắt và soạn thảo",
            "estimated_minutes": 30,
            "body": [
                ("heading", "Yêu cầu rõ thì kết quả tốt"),
                (
                    "rich_text",
                    (
                        "<p>Kết quả của công cụ AI phụ thuộc rất nhiều vào <strong>yêu "
                        "cầu</strong> (câu lệnh, prompt) mà người dùng viết. Yêu cầu “tóm tắt văn "
                        "bản này” sẽ cho một bản tóm tắt chung chung, độ dài tùy ý, có thể thêm "
                        "nhận xét không ai yêu cầu. Yêu cầu nêu rõ ai sẽ đọc, cần những ý gì, dài "
                        "bao nhiêu, trình bày thế nào và điều gì không được làm, sẽ cho bản tóm "
                        "tắt dùng được ngay, chỉ cần kiểm tra và chỉnh sửa nhỏ. Viết yêu cầu tốt "
                        "cũng giống giao việc tốt cho một đồng nghiệp mới: nói rõ bối cảnh, việc "
                        "cần làm, sản phẩm mong muốn.</p>"
                    ),
                ),
                (
                    "table",
                    {
                        "caption": "Năm thành phần của một yêu cầu tốt",
                        "header": ["Thành phần", "Trả lời câu hỏi", "Ví dụ"],
                        "rows": [
                            [
                                "Bối cảnh, vai trò",
                                "Bạn là ai, văn bản dùng cho ai?",
                                (
                                    "Tôi là chuyên viên văn phòng cấp ủy, cần tóm tắt cho lãnh đạo "
                                    "đọc trong 2 phút"
                                ),
                            ],
                            ["Nhiệm vụ", "Cần làm gì?", "Tóm tắt báo cáo công khai dưới đây"],
                            [
                                "Đầu vào",
                                "Dựa trên tài liệu nào?",
                                "Văn bản dán ở cuối yêu cầu, chỉ dùng thông tin trong văn bản này",
                            ],
                            [
                                "Yêu cầu đầu ra",
                                "Dài bao nhiêu, trình bày thế nào?",
                                (
                                    "Tối đa 150 chữ; một câu kết luận đầu tiên, sau đó ba gạch đầu "
                                    "dòng"
                                ),
                            ],
                            [
                                "Ràng buộc",
                                "Điều gì không được làm?",
                                (
                                    "Không thêm số liệu, nhận định không có trong văn bản; ghi "
                                    "“không rõ” nếu văn bản không nêu"
                                ),
                            ],
                        ],
                    },
                ),
                (
                    "rich_text",
                    (
                        "<p>Thành phần quan trọng nhất để giảm sai sót là <strong>ràng "
                        "buộc</strong>: yêu cầu AI chỉ dùng thông tin trong văn bản được cung cấp, "
                        "không thêm số liệu, và đánh dấu rõ chỗ văn bản không nói. Ràng buộc không "
                        "loại bỏ hết sai sót, nhưng giảm đáng kể việc AI tự thêm nội dung.</p>"
                    ),
                ),
                (
                    "code",
                    {
                        "language": "Văn bản",
                        "code": (
                            "Tôi là chuyên viên văn phòng cấp ủy. Hãy tóm tắt báo cáo công khai "
                            "dưới đây\n"
                            "cho lãnh đạo đọc trong 2 phút.\n"
                            "Yêu cầu:\n"
                            "- Câu đầu tiên nêu kết luận chính của báo cáo.\n"
                            "- Tiếp theo là 3 gạch đầu dòng: kết quả chính, hạn chế, kiến nghị.\n"
                            "- Tối đa 150 chữ, văn phong hành chính, rõ ràng.\n"
                            "- Chỉ dùng thông tin có trong báo cáo. Không thêm số liệu hay nhận "
                            "định.\n"
                            '- Nếu báo cáo không nêu một ý, ghi "báo cáo không nêu".\n'
                            "- Sau bản tóm tắt, liệt kê các số liệu đã dùng kèm đoạn của báo cáo "
                            "chứa số liệu đó.\n"
                            "Báo cáo: [dán văn bản công khai ở đây]"
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Chỉ dán vào đó những gì được phép",
                        "text": (
                            "<p>Ô “dán văn bản ở đây” là nơi dễ xảy ra vi phạm nhất. Chỉ dán văn "
                            "bản đã được công khai hoặc nội dung bạn chắc chắn được phép đưa ra "
                            "ngoài, vào công cụ được cơ quan cho phép sử dụng. Tài liệu nội bộ, dự "
                            "thảo, danh sách có thông tin cá nhân, tài liệu mật tuyệt đối không "
                            "dán vào công cụ AI trực tuyến.</p>"
                        ),
                    },
                ),
                ("heading", "Soạn thảo: dùng AI cho khung, không cho nội dung"),
                (
                    "rich_text",
                    (
                        "<p>Với soạn thảo, cách an toàn và hiệu quả là nhờ AI giúp phần "
                        "<em>khung</em>: dàn ý, cách sắp xếp ý, cách diễn đạt một đoạn cho gọn; "
                        "còn phần <em>nội dung</em> như số liệu, đánh giá, chủ trương, tên người, "
                        "tên đơn vị do bạn điền từ nguồn chính thức. Ví dụ minh họa: “Gợi ý dàn ý "
                        "bài phát biểu 5 phút khai mạc lớp bồi dưỡng kỹ năng số cho cán bộ văn "
                        "phòng cấp ủy, gồm: mục đích lớp học, ba nội dung chính, yêu cầu đối với "
                        "học viên. Không đưa số liệu.” Sau đó bạn tự viết từng phần dựa trên kế "
                        "hoạch mở lớp của cơ quan.</p>"
                    ),
                ),
                (
                    "steps",
                    {
                        "title": "Hỏi tiếp để hoàn thiện thay vì làm lại từ đầu",
                        "items": [
                            (
                                "<p>Đọc kết quả lần đầu, đánh dấu chỗ chưa đạt: quá dài, thiếu ý, "
                                "sai giọng văn.</p>"
                            ),
                            (
                                "<p>Yêu cầu sửa cụ thể: “rút còn 100 chữ”, “thêm ý về kiến nghị”, "
                                "“bỏ các tính từ cường điệu”.</p>"
                            ),
                            (
                                "<p>Yêu cầu AI chỉ ra đoạn nào trong văn bản gốc làm căn cứ cho "
                                "từng ý, để bạn dễ kiểm tra.</p>"
                            ),
                            (
                                "<p>Khi kết quả đã dùng được, chép sang tệp soạn thảo của bạn và "
                                "bắt đầu kiểm tra theo bài tiếp theo.</p>"
                            ),
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Lưu những yêu cầu hay dùng",
                        "text": (
                            "<p>Nếu tuần nào bạn cũng tóm tắt tin tức công khai cho lãnh đạo, hãy "
                            "lưu một mẫu yêu cầu đã dùng tốt vào tệp ghi chú, chỉ thay phần văn "
                            "bản đầu vào. Đồng nghiệp trong phòng có thể dùng chung mẫu đó để kết "
                            "quả thống nhất.</p>"
                        ),
                    },
                ),
                (
                    "table",
                    {
                        "caption": "Những lỗi thường gặp khi viết yêu cầu và cách sửa",
                        "header": ["Lỗi", "Hậu quả", "Cách sửa"],
                        "rows": [
                            [
                                "Không nói ai sẽ đọc",
                                "Văn bản quá dài hoặc quá sơ lược",
                                "Nêu người đọc và thời gian đọc, ví dụ “lãnh đạo đọc trong 2 phút”",
                            ],
                            [
                                "Không giới hạn nguồn thông tin",
                                "AI tự thêm số liệu, sự kiện từ “trí nhớ” của nó",
                                "Ghi rõ “chỉ dùng thông tin trong văn bản dưới đây”",
                            ],
                            [
                                "Yêu cầu “thêm nhận xét, đánh giá”",
                                "Ý kiến của máy lẫn vào nội dung văn bản",
                                "Tự đánh giá; chỉ nhờ AI trình bày lại các ý đã có",
                            ],
                            [
                                "Gộp nhiều việc trong một yêu cầu",
                                "Kết quả lẫn lộn, khó kiểm tra",
                                "Mỗi yêu cầu một việc: tóm tắt trước, dựng dàn ý sau",
                            ],
                            [
                                "Dán cả tài liệu nội bộ “cho đủ bối cảnh”",
                                "Làm lộ thông tin chưa công khai",
                                "Chỉ mô tả bối cảnh chung, không dán tài liệu nội bộ",
                            ],
                        ],
                    },
                ),
                (
                    "check",
                    {
                        "question": "Yêu cầu nào có khả năng cho bản tóm tắt dùng được nhất?",
                        "choices": [
                            {
                                "text": (
                                    "“Tóm tắt báo cáo công khai dưới đây cho lãnh đạo đọc trong 2 "
                                    "phút, tối đa 150 chữ, câu đầu nêu kết luận; chỉ dùng thông "
                                    "tin trong báo cáo, không thêm số liệu.”"
                                ),
                                "correct": True,
                                "feedback": "Đúng. Có người đọc, độ dài, cấu trúc và ràng buộc.",
                            },
                            {
                                "text": "“Tóm tắt văn bản này.”",
                                "correct": False,
                                "feedback": (
                                    "Thiếu người đọc, độ dài, cấu trúc và ràng buộc; kết quả sẽ "
                                    "chung chung."
                                ),
                            },
                            {
                                "text": (
                                    "“Hãy tóm tắt thật hay, thật đầy đủ và thêm nhận xét của bạn.”"
                                ),
                                "correct": False,
                                "feedback": (
                                    "“Thêm nhận xét” mời AI đưa vào những ý không có trong văn bản."
                                ),
                            },
                        ],
                    },
                ),
                (
                    "check",
                    {
                        "question": (
                            "Trong yêu cầu gửi AI, thành phần nào giúp giảm nhiều nhất việc AI tự "
                            "thêm số liệu?"
                        ),
                        "choices": [
                            {
                                "text": (
                                    "Giọng văn trang trọng, lịch sự, đúng văn phong hành chính của "
                                    "văn bản gửi lãnh đạo cấp ủy."
                                ),
                                "correct": False,
                                "feedback": (
                                    "Giọng văn không ảnh hưởng đến việc AI có thêm số liệu hay "
                                    "không."
                                ),
                            },
                            {
                                "text": (
                                    "Ràng buộc: chỉ dùng thông tin trong văn bản, ghi “không nêu” "
                                    "khi văn bản không có."
                                ),
                                "correct": True,
                                "feedback": (
                                    "Đúng. Ràng buộc rõ ràng giảm việc AI tự bổ sung nội dung, dù "
                                    "vẫn phải kiểm tra."
                                ),
                            },
                            {
                                "text": "Độ dài tối đa 150 chữ.",
                                "correct": False,
                                "feedback": (
                                    "Giới hạn độ dài giúp gọn, nhưng không ngăn AI thêm thông tin "
                                    "không có trong văn bản."
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
        {
            "slug": "kiem-tra-san-pham-cua-ai",
            "title": "Kiểm tra sản phẩm của AI trước khi dùng",
            "estimated_minutes": 30,
            "body": [
                ("heading", "Người dùng chịu trách nhiệm về từng chữ"),
                (
                    "rich_text",
                    (
                        "<p>Khi một đoạn văn do AI hỗ trợ được đưa vào văn bản của cơ quan, nó trở "
                        "thành văn bản của cơ quan. Nếu có sai sót, người tham mưu và người ký "
                        "chịu trách nhiệm, không phải công cụ. Vì vậy, kiểm tra sản phẩm của AI "
                        "không phải là bước tùy chọn, mà là phần bắt buộc của công việc. Kiểm tra "
                        "tốt không có nghĩa là đọc lại một lượt cho “thấy ổn”, vì văn bản của AI "
                        "gần như luôn “thấy ổn”. Cần kiểm tra có phương pháp, theo những loại lỗi "
                        "mà AI hay mắc.</p>"
                    ),
                ),
                (
                    "table",
                    {
                        "caption": "Năm loại lỗi hay gặp và cách kiểm tra",
                        "header": ["Loại lỗi", "Ví dụ minh họa", "Cách kiểm tra"],
                        "rows": [
                            [
                                "Số liệu sai hoặc bịa",
                                "Bản gốc ghi 38 tổ chức, bản tóm tắt ghi 83",
                                "Đối chiếu từng con số với đoạn gốc",
                            ],
                            [
                                "Thêm ý không có trong bản gốc",
                                "Bản tóm tắt nêu một “nguyên nhân” mà báo cáo không nói",
                                "Với mỗi câu, tìm được đoạn gốc tương ứng; không tìm được thì bỏ",
                            ],
                            [
                                "Bỏ sót ý quan trọng",
                                "Bỏ mất phần hạn chế, chỉ giữ phần kết quả",
                                "Đọc lại tiêu đề, kết luận, kiến nghị của bản gốc và đối chiếu",
                            ],
                            [
                                "Sai văn bản pháp luật, tên người, chức danh",
                                "Nêu nghị định đã bị thay thế; viết sai chức danh",
                                "Tra ở nguồn chính thức; đối chiếu danh sách nhân sự",
                            ],
                            [
                                "Sai thuật ngữ, văn phong",
                                "Dùng từ ngữ báo chí, từ sai về chính trị",
                                "Người có chuyên môn đọc lại; sửa theo văn phong văn bản Đảng",
                            ],
                        ],
                    },
                ),
                ("heading", "Kỹ thuật đối chiếu từng câu"),
                (
                    "rich_text",
                    (
                        "<p>Cách kiểm tra hiệu quả nhất với một bản tóm tắt là <strong>đối chiếu "
                        "từng câu</strong>: chia bản tóm tắt thành từng câu, với mỗi câu tìm đoạn "
                        "tương ứng trong bản gốc, đánh dấu đúng, sai hay không tìm thấy. Câu "
                        "“không tìm thấy” là câu AI tự thêm và phải bỏ hoặc sửa. Sau đó làm ngược "
                        "lại: đọc phần kết luận, kiến nghị của bản gốc và kiểm tra bản tóm tắt có "
                        "phản ánh đủ không. Với văn bản dài, có thể yêu cầu AI ghi kèm số đoạn căn "
                        "cứ cho mỗi câu để việc đối chiếu nhanh hơn, nhưng vẫn phải tự mở bản gốc "
                        "để xem, vì chính số đoạn đó cũng có thể sai.</p>"
                    ),
                ),
                (
                    "steps",
                    {
                        "title": "Kiểm tra một bản tóm tắt do AI tạo ra",
                        "items": [
                            "<p>Đặt bản gốc và bản tóm tắt cạnh nhau trên màn hình.</p>",
                            (
                                "<p>Khoanh mọi con số, tên người, tên đơn vị, số hiệu văn bản "
                                "trong bản tóm tắt; đối chiếu từng thứ với bản gốc.</p>"
                            ),
                            (
                                "<p>Với mỗi câu, tìm đoạn gốc làm căn cứ; bỏ hoặc sửa những câu "
                                "không có căn cứ.</p>"
                            ),
                            (
                                "<p>Đọc kết luận, hạn chế, kiến nghị của bản gốc; bổ sung nếu bản "
                                "tóm tắt bỏ sót.</p>"
                            ),
                            (
                                "<p>Đọc lại toàn bộ để sửa thuật ngữ, văn phong cho đúng văn bản "
                                "của cơ quan.</p>"
                            ),
                            (
                                "<p>Ghi lại những lỗi đã phát hiện; nếu một công cụ liên tục mắc "
                                "một loại lỗi, điều chỉnh yêu cầu hoặc báo với người phụ trách.</p>"
                            ),
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Không dùng AI để kiểm tra chính AI",
                        "text": (
                            "<p>Hỏi lại công cụ “bản tóm tắt trên có chính xác không?” thường nhận "
                            "được câu trả lời “có”, hoặc một bản sửa mới cũng chưa được kiểm "
                            "chứng. Đối chiếu với bản gốc phải do người làm. Dùng một công cụ AI "
                            "khác để “so sánh” cũng không thay được việc đọc bản gốc.</p>"
                        ),
                    },
                ),
                ("heading", "Ví dụ: ba lỗi trong một bản tóm tắt trôi chảy"),
                (
                    "rich_text",
                    (
                        "<p>Ví dụ minh họa: một báo cáo công khai về kết quả chuyển đổi số của một "
                        "địa phương nêu “38 trên 45 xã, phường đã gửi, nhận văn bản điện tử toàn "
                        "trình; 7 đơn vị còn lại chưa hoàn thành do hạ tầng mạng chưa bảo đảm; "
                        "kiến nghị bố trí kinh phí nâng cấp trong năm tới”. Bản tóm tắt do AI tạo "
                        "ra viết: “83 trên 45 xã, phường đã gửi, nhận văn bản điện tử toàn trình; "
                        "các đơn vị còn lại chậm do cán bộ chưa quen sử dụng. Địa phương đã hoàn "
                        "thành mục tiêu chuyển đổi số.” Đối chiếu cho thấy ba lỗi: số 38 bị đảo "
                        "thành 83 (con số vô lý vì lớn hơn tổng số); nguyên nhân “hạ tầng mạng” bị "
                        "thay bằng “cán bộ chưa quen” mà báo cáo không hề nói; câu “đã hoàn thành "
                        "mục tiêu” hoàn toàn do AI thêm, và kiến nghị về kinh phí bị bỏ mất. Một "
                        "người đọc lướt có thể không nhận ra lỗi nào.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Con số “vô lý” là tín hiệu tốt nhất",
                        "text": (
                            "<p>Một phép kiểm tra nhanh: tỷ lệ không quá 100%, phần không lớn hơn "
                            "tổng, năm không ở tương lai, tổng các phần bằng tổng chung. Những "
                            "phép thử đơn giản này bắt được rất nhiều lỗi của AI, cũng như lỗi của "
                            "con người.</p>"
                        ),
                    },
                ),
                (
                    "check",
                    {
                        "question": (
                            "Bản tóm tắt do AI tạo ra có câu “Nguyên nhân chủ yếu là do cán bộ "
                            "chưa quen sử dụng phần mềm”. Bạn không tìm thấy câu này trong báo cáo "
                            "gốc. Nên làm gì?"
                        ),
                        "choices": [
                            {
                                "text": (
                                    "Giữ lại vì nghe hợp lý, phù hợp với tình hình thực tế ở nhiều "
                                    "địa phương và làm bản tóm tắt đầy đủ hơn."
                                ),
                                "correct": False,
                                "feedback": (
                                    "Nghe hợp lý không phải là căn cứ; bản tóm tắt chỉ được nêu "
                                    "điều báo cáo nói."
                                ),
                            },
                            {
                                "text": "Hỏi lại công cụ AI xem câu đó có đúng không.",
                                "correct": False,
                                "feedback": (
                                    "Công cụ có thể khẳng định lại câu sai; đối chiếu với bản gốc "
                                    "phải do người làm."
                                ),
                            },
                            {
                                "text": (
                                    "Bỏ câu đó, hoặc thay bằng nguyên nhân mà báo cáo gốc thực sự "
                                    "nêu."
                                ),
                                "correct": True,
                                "feedback": (
                                    "Đúng. Câu không có căn cứ trong bản gốc là câu AI tự thêm."
                                ),
                            },
                        ],
                    },
                ),
                (
                    "check",
                    {
                        "question": (
                            "Cách kiểm tra nào hiệu quả nhất đối với một bản tóm tắt do AI tạo ra?"
                        ),
                        "choices": [
                            {
                                "text": (
                                    "Đối chiếu từng câu, từng con số với bản gốc, rồi xem kết "
                                    "luận, kiến nghị có bị bỏ sót không."
                                ),
                                "correct": True,
                                "feedback": (
                                    "Đúng. Đối chiếu hai chiều phát hiện cả ý bị thêm và ý bị bỏ."
                                ),
                            },
                            {
                                "text": (
                                    "Đọc lại bản tóm tắt một lượt xem văn phong có trôi chảy không."
                                ),
                                "correct": False,
                                "feedback": (
                                    "Văn bản của AI gần như luôn trôi chảy; điều cần kiểm tra là "
                                    "nội dung có đúng với bản gốc không."
                                ),
                            },
                            {
                                "text": (
                                    "Nhờ một công cụ AI khác, mạnh hơn, chấm điểm bản tóm tắt và "
                                    "liệt kê các chỗ có thể sai để mình sửa lại."
                                ),
                                "correct": False,
                                "feedback": (
                                    "Công cụ khác cũng không thay được việc đối chiếu với bản gốc."
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
        {
            "slug": "nhung-gi-khong-dua-vao-cong-cu-ai",
            "title": "Những gì không bao giờ đưa vào công cụ AI",
            "estimated_minutes": 30,
            "body": [
                ("heading", "Dán vào công cụ AI là gửi ra ngoài"),
                (
                    "rich_text",
                    (
                        "<p>Khi dán một đoạn văn bản vào công cụ AI trực tuyến, hoặc tải lên một "
                        "tệp, một ảnh chụp, nội dung đó được gửi đến máy chủ của nhà cung cấp dịch "
                        "vụ, thường ở ngoài cơ quan và có thể ở nước ngoài. Tùy điều khoản của "
                        "dịch vụ, nội dung có thể được lưu lại, được người của nhà cung cấp xem để "
                        "cải tiến dịch vụ, hoặc được dùng để huấn luyện các phiên bản sau. Nút "
                        "“xóa lịch sử trò chuyện” trên màn hình của bạn không bảo đảm nội dung đã "
                        "bị xóa khỏi máy chủ. Vì vậy, nguyên tắc đơn giản nhất là: <strong>chỉ đưa "
                        "vào công cụ AI những gì bạn được phép công bố ra ngoài</strong>.</p>"
                    ),
                ),
                (
                    "table",
                    {
                        "caption": "Ba nhóm tuyệt đối không đưa vào công cụ AI",
                        "header": ["Nhóm", "Ví dụ", "Vì sao"],
                        "rows": [
                            [
                                "Bí mật nhà nước",
                                (
                                    "Mọi tài liệu, thông tin có độ mật; nội dung được phổ biến "
                                    "trong hội nghị có yêu cầu giữ bí mật"
                                ),
                                (
                                    "Luật Bảo vệ bí mật nhà nước số 117/2025/QH15 nghiêm cấm sử "
                                    "dụng trí tuệ nhân tạo hoặc công nghệ mới để xâm phạm bí mật "
                                    "nhà nước; đưa tài liệu mật lên dịch vụ trực tuyến là làm lộ "
                                    "bí mật nhà nước"
                                ),
                            ],
                            [
                                "Dữ liệu cá nhân",
                                (
                                    "Danh sách đảng viên có ngày sinh, số căn cước, địa chỉ; hồ sơ "
                                    "sức khỏe; nhận xét, đánh giá cán bộ; đơn thư có tên người"
                                ),
                                (
                                    "Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15 và Nghị định "
                                    "356/2025/NĐ-CP yêu cầu xử lý dữ liệu cá nhân đúng mục đích, "
                                    "có căn cứ; gửi cho dịch vụ bên ngoài là chuyển dữ liệu cho "
                                    "bên thứ ba"
                                ),
                            ],
                            [
                                "Tài liệu nội bộ chưa công khai",
                                (
                                    "Dự thảo nghị quyết, báo cáo, tờ trình đang xin ý kiến; tài "
                                    "liệu hội nghị cấp ủy; hồ sơ kiểm tra, nhân sự; thông tin về "
                                    "lịch làm việc của lãnh đạo"
                                ),
                                (
                                    "Chưa được phép công bố; lộ ra ngoài có thể gây hậu quả về "
                                    "chính trị, tổ chức"
                                ),
                            ],
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "“Che tên” chưa đủ làm cho tài liệu nội bộ trở nên an toàn",
                        "text": (
                            "<p>Có người nghĩ chỉ cần xóa tên người, tên đơn vị là có thể dán một "
                            "dự thảo nội bộ vào công cụ AI. Nhưng nội dung của một dự thảo nghị "
                            "quyết, một báo cáo kiểm tra vẫn là thông tin chưa công khai dù không "
                            "có tên. Với dữ liệu cá nhân, các chi tiết còn lại (chức vụ, năm sinh, "
                            "nơi công tác) thường vẫn đủ để nhận ra người đó. Che tên không biến "
                            "tài liệu nội bộ thành tài liệu công khai.</p>"
                        ),
                    },
                ),
                ("heading", "Những gì có thể dùng"),
                (
                    "rich_text",
                    (
                        "<p>Điều đó không có nghĩa là không bao giờ dùng AI. Những nội dung sau "
                        "thường có thể dùng với công cụ mà cơ quan cho phép:</p><ul><li>Văn bản "
                        "<strong>đã được công bố</strong> công khai: nghị quyết, chỉ thị đã đăng "
                        "trên báo, trên cổng thông tin điện tử; bài viết, tin tức công "
                        "khai.</li><li>Yêu cầu mang tính <strong>chung, không chứa thông tin nội "
                        "bộ</strong>: gợi ý dàn ý một bài phát biểu khai mạc lớp học, cách trình "
                        "bày một bảng số liệu, giải thích một thuật ngữ kỹ thuật.</li><li>Đoạn văn "
                        "<strong>do chính bạn viết</strong>, không chứa thông tin nội bộ hay dữ "
                        "liệu cá nhân, cần diễn đạt lại cho gọn.</li></ul><p>Khi không chắc một "
                        "nội dung có được phép đưa ra ngoài hay không, hãy coi như không được, và "
                        "hỏi lãnh đạo phòng.</p>"
                    ),
                ),
                ("heading", "Chỉ dùng công cụ cơ quan cho phép"),
                (
                    "rich_text",
                    (
                        "<p>Cơ quan có thể quy định rõ những công cụ AI được phép dùng, cho những "
                        "việc gì, với loại dữ liệu nào; có nơi trang bị công cụ AI chạy trên hạ "
                        "tầng của cơ quan, dữ liệu không ra ngoài. Hãy tuân theo quy định đó. "
                        "Không cài thêm tiện ích AI vào trình duyệt, ứng dụng soạn thảo, hộp thư "
                        "công vụ khi chưa được bộ phận công nghệ thông tin cho phép: nhiều tiện "
                        "ích tự đọc nội dung trang bạn đang xem, kể cả hộp thư và hệ thống quản lý "
                        "văn bản, và gửi đi mà bạn không để ý.</p>"
                    ),
                ),
                (
                    "steps",
                    {
                        "title": "Tự hỏi ba câu trước khi dán bất cứ thứ gì vào công cụ AI",
                        "items": [
                            (
                                "<p>Nội dung này đã được công bố công khai chưa, hoặc tôi có được "
                                "phép đưa nó ra ngoài cơ quan không?</p>"
                            ),
                            (
                                "<p>Nội dung này có chứa thông tin cá nhân của ai không, kể cả "
                                "những chi tiết đủ để nhận ra người đó?</p>"
                            ),
                            (
                                "<p>Công cụ tôi đang dùng có phải là công cụ cơ quan cho phép cho "
                                "loại việc này không? Chỉ cần một câu trả lời “không” hoặc “không "
                                "chắc”, đừng dán.</p>"
                            ),
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "note",
                        "title": "Lỡ dán nhầm thì báo ngay",
                        "text": (
                            "<p>Nếu lỡ dán một nội dung không được phép vào công cụ AI, hãy báo "
                            "ngay cho lãnh đạo trực tiếp và đầu mối an toàn thông tin, nêu rõ nội "
                            "dung gì, công cụ nào, lúc nào. Với tài liệu mật, báo thêm người phụ "
                            "trách công tác bảo vệ bí mật nhà nước. Đây là sự cố lộ lọt thông tin, "
                            "cần được xử lý như các sự cố khác đã học trong khóa An toàn thông "
                            "tin.</p>"
                        ),
                    },
                ),
                (
                    "check",
                    {
                        "question": (
                            "Chuyên viên muốn dùng AI để “chuốt” lại văn phong của dự thảo báo cáo "
                            "kiểm tra đảng viên sắp trình Ủy ban Kiểm tra, đã xóa tên người. Nhận "
                            "xét nào đúng?"
                        ),
                        "choices": [
                            {
                                "text": (
                                    "Được, vì đã xóa tên người nên tài liệu không còn dữ liệu cá "
                                    "nhân và không còn gì phải bảo vệ."
                                ),
                                "correct": False,
                                "feedback": (
                                    "Các chi tiết còn lại vẫn có thể nhận ra người; và dự thảo nội "
                                    "bộ vẫn là tài liệu chưa công khai."
                                ),
                            },
                            {
                                "text": (
                                    "Không được: tài liệu nội bộ chưa công khai, liên quan người "
                                    "cụ thể."
                                ),
                                "correct": True,
                                "feedback": (
                                    "Đúng. Che tên không biến tài liệu nội bộ thành tài liệu công "
                                    "khai."
                                ),
                            },
                            {
                                "text": "Được, nếu dùng chế độ ẩn danh của trình duyệt.",
                                "correct": False,
                                "feedback": (
                                    "Chế độ ẩn danh chỉ không lưu lịch sử trên máy bạn; nội dung "
                                    "vẫn được gửi lên máy chủ của dịch vụ."
                                ),
                            },
                        ],
                    },
                ),
                (
                    "check",
                    {
                        "question": (
                            "Nội dung nào sau đây có thể đưa vào công cụ AI được cơ quan cho phép "
                            "để nhờ tóm tắt?"
                        ),
                        "choices": [
                            {
                                "text": "Tài liệu phục vụ hội nghị Ban Thường vụ tuần tới.",
                                "correct": False,
                                "feedback": (
                                    "Tài liệu hội nghị chưa công khai không được đưa ra ngoài."
                                ),
                            },
                            {
                                "text": (
                                    "Bảng danh sách đảng viên kèm số căn cước để AI sắp xếp lại "
                                    "theo chi bộ cho nhanh."
                                ),
                                "correct": False,
                                "feedback": (
                                    "Đây là dữ liệu cá nhân; hãy dùng bảng tính trên máy cơ quan "
                                    "để sắp xếp."
                                ),
                            },
                            {
                                "text": (
                                    "Một nghị quyết đã được đăng công khai trên cổng thông tin "
                                    "điện tử của tỉnh."
                                ),
                                "correct": True,
                                "feedback": (
                                    "Đúng. Văn bản đã công bố công khai có thể dùng với công cụ "
                                    "được phép; bản tóm tắt vẫn phải được kiểm tra."
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
        {
            "slug": "quy-dinh-va-luat-tri-tue-nhan-tao",
            "title": "Quy định của cơ quan và Luật Trí tuệ nhân tạo 2025",
            "estimated_minutes": 30,
            "body": [
                ("heading", "Luật Trí tuệ nhân tạo: con người làm trung tâm"),
                (
                    "rich_text",
                    (
                        "<p><strong>Luật Trí tuệ nhân tạo số 134/2025/QH15</strong> được Quốc hội "
                        "khóa XV thông qua ngày 10/12/2025 tại Kỳ họp thứ 10, có hiệu lực từ ngày "
                        "01/3/2026. Đây là đạo luật riêng đầu tiên của Việt Nam về trí tuệ nhân "
                        "tạo, điều chỉnh hoạt động nghiên cứu, phát triển, cung cấp, triển khai và "
                        "sử dụng hệ thống trí tuệ nhân tạo. Hoạt động trí tuệ nhân tạo chỉ phục vụ "
                        "mục đích quốc phòng, an ninh, cơ yếu không thuộc phạm vi điều chỉnh của "
                        "Luật.</p><p>Trong các nguyên tắc cơ bản, hai nguyên tắc liên quan trực "
                        "tiếp đến người làm văn phòng: <strong>lấy con người làm trung "
                        "tâm</strong>; và <strong>trí tuệ nhân tạo phục vụ con người, không thay "
                        "thế thẩm quyền và trách nhiệm của con người</strong>, bảo đảm duy trì sự "
                        "kiểm soát và khả năng can thiệp của con người đối với quyết định và hành "
                        "vi của hệ thống trí tuệ nhân tạo. Với văn phòng cấp ủy, điều này có nghĩa "
                        "rất cụ thể: AI có thể giúp soạn nháp, nhưng người tham mưu chịu trách "
                        "nhiệm về nội dung, người có thẩm quyền quyết định và ký.</p>"
                    ),
                ),
                ("heading", "Minh bạch và gắn nhãn nội dung do AI tạo ra"),
                (
                    "rich_text",
                    (
                        "<p>Luật yêu cầu minh bạch. Hệ thống AI tương tác trực tiếp với con người "
                        "phải được thiết kế để người dùng biết mình đang tương tác với máy. Âm "
                        "thanh, hình ảnh, video do AI tạo ra phải được đánh dấu để nhận biết theo "
                        "quy định của Chính phủ. Nội dung được tạo ra hoặc chỉnh sửa bằng AI nếu "
                        "có khả năng gây nhầm lẫn về tính xác thực của sự kiện, nhân vật phải được "
                        "thông báo rõ khi công bố ra công chúng; với nội dung mô phỏng hình ảnh, "
                        "giọng nói của người thật hoặc tái hiện sự kiện có thật, việc gắn nhãn là "
                        "bắt buộc. Luật cũng nghiêm cấm sử dụng yếu tố giả mạo người thật, sự kiện "
                        "có thật để lừa dối, thao túng nhận thức.</p>"
                    ),
                ),
                (
                    "table",
                    {
                        "caption": "Áp dụng vào công việc của văn phòng cấp ủy (ví dụ minh họa)",
                        "header": ["Tình huống", "Cách làm đúng"],
                        "rows": [
                            [
                                (
                                    "Dùng AI tạo ảnh minh họa cho bản tin nội bộ hoặc trang thông "
                                    "tin điện tử"
                                ),
                                (
                                    "Ghi rõ ảnh do AI tạo ra; không tạo ảnh mô phỏng người thật, "
                                    "sự kiện có thật"
                                ),
                            ],
                            [
                                "Dùng AI dựng dàn ý, sau đó tự viết báo cáo",
                                (
                                    "Người viết chịu trách nhiệm nội dung; ghi nhận việc dùng AI "
                                    "nếu quy định của cơ quan yêu cầu"
                                ),
                            ],
                            [
                                "Dùng AI tóm tắt văn bản công khai để báo cáo nhanh lãnh đạo",
                                (
                                    "Kiểm tra từng ý; ghi “bản tóm tắt có sử dụng công cụ AI hỗ "
                                    "trợ, đã được đối chiếu” nếu cơ quan quy định"
                                ),
                            ],
                            [
                                "Nhận được video “lãnh đạo phát biểu” có dấu hiệu giả",
                                (
                                    "Không chia sẻ; báo cơ quan có trách nhiệm; xem bài về lừa đảo "
                                    "bằng deepfake trong khóa “Bảo vệ bí mật nhà nước và dữ liệu "
                                    "cá nhân (nâng cao)”"
                                ),
                            ],
                        ],
                    },
                ),
                ("heading", "Các luật khác vẫn áp dụng khi dùng AI"),
                (
                    "rich_text",
                    (
                        "<p>Dùng AI không đứng ngoài các quy định khác. <strong>Luật Bảo vệ bí mật "
                        "nhà nước số 117/2025/QH15</strong> (hiệu lực từ ngày 01/3/2026, thay thế "
                        "Luật năm 2018) bổ sung hành vi bị nghiêm cấm: sử dụng trí tuệ nhân tạo "
                        "hoặc công nghệ mới để xâm phạm bí mật nhà nước. <strong>Luật Bảo vệ dữ "
                        "liệu cá nhân số 91/2025/QH15</strong> (hiệu lực từ ngày 01/01/2026) và "
                        "Nghị định 356/2025/NĐ-CP áp dụng khi dữ liệu cá nhân bị đưa vào công cụ "
                        "AI. Quy định về thể thức văn bản của Đảng vẫn áp dụng cho văn bản có AI "
                        "hỗ trợ soạn thảo: AI không làm thay việc rà soát thể thức.</p>"
                    ),
                ),
                ("heading", "Quy định của cơ quan"),
                (
                    "rich_text",
                    (
                        "<p>Luật đặt ra nguyên tắc; cách áp dụng cụ thể do quy chế, hướng dẫn của "
                        "từng cơ quan quy định: công cụ nào được dùng, cho việc gì, loại dữ liệu "
                        "nào tuyệt đối không đưa vào, khi nào phải ghi nhận việc dùng AI, ai là "
                        "đầu mối hỏi đáp. Nếu cơ quan bạn chưa có hướng dẫn, hãy áp dụng những "
                        "nguyên tắc an toàn nhất đã học trong khóa này và đề xuất lãnh đạo ban "
                        "hành hướng dẫn.</p>"
                    ),
                ),
                (
                    "steps",
                    {
                        "title": "Những điều tối thiểu một hướng dẫn nội bộ về dùng AI nên có",
                        "items": [
                            "<p>Danh sách công cụ AI được phép dùng và việc được phép dùng.</p>",
                            (
                                "<p>Các loại thông tin tuyệt đối không đưa vào công cụ AI: bí mật "
                                "nhà nước, dữ liệu cá nhân, tài liệu nội bộ chưa công khai.</p>"
                            ),
                            (
                                "<p>Yêu cầu người dùng kiểm tra sản phẩm của AI và chịu trách "
                                "nhiệm về nội dung đưa vào văn bản.</p>"
                            ),
                            (
                                "<p>Quy định gắn nhãn khi công bố hình ảnh, âm thanh, video do AI "
                                "tạo ra hoặc chỉnh sửa.</p>"
                            ),
                            (
                                "<p>Đầu mối tiếp nhận câu hỏi và báo cáo sự cố khi lỡ đưa thông "
                                "tin không được phép vào công cụ AI.</p>"
                            ),
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "note",
                        "title": "Luật mới cần văn bản hướng dẫn",
                        "text": (
                            "<p>Nhiều quy định của Luật Trí tuệ nhân tạo, như cách đánh dấu nội "
                            "dung do AI tạo ra, sẽ được Chính phủ hướng dẫn chi tiết. Khi tham mưu "
                            "các văn bản liên quan, hãy tra nguồn chính thức để dùng văn bản hướng "
                            "dẫn đang có hiệu lực, đừng hỏi chính công cụ AI.</p>"
                        ),
                    },
                ),
                (
                    "check",
                    {
                        "question": (
                            "Theo Luật Trí tuệ nhân tạo 2025, ai chịu trách nhiệm về một báo cáo "
                            "do chuyên viên soạn có sự hỗ trợ của công cụ AI?"
                        ),
                        "choices": [
                            {
                                "text": (
                                    "Nhà cung cấp công cụ AI, vì nội dung do công cụ của họ tạo ra "
                                    "và họ phải bảo đảm công cụ hoạt động chính xác."
                                ),
                                "correct": False,
                                "feedback": (
                                    "AI không thay thế thẩm quyền và trách nhiệm của con người."
                                ),
                            },
                            {
                                "text": (
                                    "Người tham mưu chịu trách nhiệm nội dung; người có thẩm quyền "
                                    "quyết định và ký."
                                ),
                                "correct": True,
                                "feedback": (
                                    "Đúng. Nguyên tắc: AI phục vụ con người, không thay thế thẩm "
                                    "quyền và trách nhiệm của con người."
                                ),
                            },
                            {
                                "text": "Không ai, vì đây là nội dung do máy tạo ra.",
                                "correct": False,
                                "feedback": (
                                    "Văn bản của cơ quan luôn có người tham mưu và người ký chịu "
                                    "trách nhiệm."
                                ),
                            },
                        ],
                    },
                ),
                (
                    "check",
                    {
                        "question": (
                            "Văn phòng dùng AI tạo một ảnh minh họa cho bài viết trên trang thông "
                            "tin điện tử của cơ quan. Cần làm gì?"
                        ),
                        "choices": [
                            {
                                "text": (
                                    "Ghi rõ ảnh do AI tạo ra, và không tạo ảnh mô phỏng người thật "
                                    "hay sự kiện có thật."
                                ),
                                "correct": True,
                                "feedback": (
                                    "Đúng. Minh bạch về nội dung do AI tạo ra là yêu cầu của Luật."
                                ),
                            },
                            {
                                "text": "Không cần làm gì, vì ảnh chỉ để minh họa.",
                                "correct": False,
                                "feedback": (
                                    "Nội dung do AI tạo ra khi công bố cần được gắn nhãn để người "
                                    "xem nhận biết."
                                ),
                            },
                            {
                                "text": "Ghi tên tác giả là chuyên viên đã tạo ảnh.",
                                "correct": False,
                                "feedback": (
                                    "Ghi người tạo không thay được việc cho người xem biết ảnh do "
                                    "AI tạo ra."
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
        {
            "slug": "thuc-hanh-tom-tat-bao-cao-bang-ai",
            "title": "Thực hành: tóm tắt một báo cáo bằng AI rồi kiểm tra",
            "estimated_minutes": 35,
            "body": [
                ("heading", "Mục tiêu của bài thực hành"),
                (
                    "rich_text",
                    (
                        "<p>Bài này ghép mọi điều đã học thành một quy trình làm việc hoàn chỉnh: "
                        "chọn đúng tài liệu được phép dùng, viết yêu cầu tốt, nhận kết quả, kiểm "
                        "tra từng ý, sửa sai, và ghi nhận việc dùng AI theo quy định của cơ quan. "
                        "Cuối khóa, bạn sẽ tự làm một lần với một báo cáo công khai và nộp kết quả "
                        "kiểm tra để giảng viên chấm. Ví dụ dưới đây là minh họa; tên địa phương "
                        "và số liệu là giả định.</p>"
                    ),
                ),
                ("heading", "Bước 1: chọn tài liệu và công cụ"),
                (
                    "rich_text",
                    (
                        "<p>Chọn một báo cáo hoặc văn bản <strong>đã được công bố công "
                        "khai</strong>, ví dụ một báo cáo kết quả thực hiện nhiệm vụ đã đăng trên "
                        "cổng thông tin điện tử của tỉnh, hoặc một bài viết chính thức trên báo "
                        "của Đảng bộ tỉnh. Kiểm tra bạn đang dùng công cụ AI mà cơ quan cho phép. "
                        "Không dùng tài liệu nội bộ, kể cả khi “chỉ để thực hành”.</p>"
                    ),
                ),
                ("heading", "Bước 2: viết yêu cầu và nhận kết quả"),
                (
                    "rich_text",
                    (
                        "<p>Dùng mẫu yêu cầu đã học: nêu người đọc (lãnh đạo đọc trong 2 phút), độ "
                        "dài (tối đa 150 chữ), cấu trúc (câu kết luận rồi ba gạch đầu dòng), ràng "
                        "buộc (chỉ dùng thông tin trong văn bản, không thêm số liệu, ghi “báo cáo "
                        "không nêu” khi cần), và yêu cầu liệt kê số liệu đã dùng kèm đoạn chứa số "
                        "liệu đó. Lưu lại nguyên văn yêu cầu và kết quả để nộp cùng bài.</p>"
                    ),
                ),
                ("heading", "Bước 3: kiểm tra bằng bảng đối chiếu"),
                (
                    "rich_text",
                    (
                        "<p>Lập một bảng đối chiếu: mỗi dòng là một câu hoặc một ý của bản tóm "
                        "tắt; các cột ghi đoạn căn cứ trong bản gốc, kết quả kiểm tra (đúng, sai, "
                        "không có căn cứ) và cách sửa. Sau khi đi hết các câu, thêm các dòng cho "
                        "những ý quan trọng của bản gốc mà bản tóm tắt bỏ sót.</p>"
                    ),
                ),
                (
                    "table",
                    {
                        "caption": "Ví dụ minh họa: bảng đối chiếu bản tóm tắt với bản gốc",
                        "header": [
                            "Ý trong bản tóm tắt",
                            "Căn cứ trong bản gốc",
                            "Kết quả",
                            "Cách sửa",
                        ],
                        "rows": [
                            [
                                "83/45 xã, phường gửi, nhận văn bản điện tử toàn trình",
                                "Đoạn 2: 38/45 xã, phường",
                                "Sai số liệu",
                                "Sửa thành 38/45",
                            ],
                            [
                                "Các đơn vị còn lại chậm do cán bộ chưa quen phần mềm",
                                "Đoạn 3: do hạ tầng mạng chưa bảo đảm",
                                "Sai nguyên nhân",
                                "Sửa theo bản gốc",
                            ],
                            [
                                "Địa phương đã hoàn thành mục tiêu chuyển đổi số",
                                "Không có",
                                "Không có căn cứ",
                                "Bỏ câu này",
                            ],
                            [
                                "(Bỏ sót) Kiến nghị bố trí kinh phí nâng cấp hạ tầng",
                                "Đoạn 5",
                                "Thiếu ý quan trọng",
                                "Bổ sung vào gạch đầu dòng kiến nghị",
                            ],
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Đếm lỗi để biết mình tiết kiệm được bao nhiêu",
                        "text": (
                            "<p>Ghi lại thời gian bạn dùng cho cả quy trình (viết yêu cầu, kiểm "
                            "tra, sửa) và số lỗi tìm được. Sau vài lần, bạn sẽ biết với loại văn "
                            "bản nào AI thật sự giúp tiết kiệm thời gian, và với loại nào tự viết "
                            "còn nhanh hơn. Đây là cách đo hiệu quả đã học trong khóa “Lịch số, "
                            "giao việc số, báo cáo số”.</p>"
                        ),
                    },
                ),
                ("heading", "Bước 4: hoàn thiện và ghi nhận"),
                (
                    "rich_text",
                    (
                        "<p>Sửa bản tóm tắt theo bảng đối chiếu, đọc lại một lần cuối để chỉnh văn "
                        "phong cho đúng văn bản của cơ quan. Nếu quy định của cơ quan yêu cầu, ghi "
                        "chú ở cuối: “Bản tóm tắt có sử dụng công cụ AI hỗ trợ, đã được đối chiếu "
                        "với văn bản gốc”. Người trình bản tóm tắt là người chịu trách nhiệm về "
                        "nội dung của nó.</p>"
                    ),
                ),
                (
                    "rich_text",
                    (
                        "<p>Nếu sau khi đối chiếu, số lỗi nhiều đến mức sửa còn lâu hơn tự viết, "
                        "đừng cố “cứu” bản tóm tắt của AI. Hãy tự tóm tắt từ bản gốc, và ghi lại "
                        "nhận xét đó: đây cũng là một kết quả có giá trị của bài thực hành.</p>"
                    ),
                ),
                (
                    "steps",
                    {
                        "title": "Bài thực hành cuối khóa: những gì cần nộp",
                        "items": [
                            "<p>Tên và đường dẫn (hoặc nguồn) của văn bản công khai bạn chọn.</p>",
                            (
                                "<p>Nguyên văn yêu cầu bạn đã gửi cho công cụ AI và tên công cụ "
                                "(công cụ được cơ quan cho phép).</p>"
                            ),
                            "<p>Bản tóm tắt do AI tạo ra, chưa sửa.</p>",
                            (
                                "<p>Bảng đối chiếu: mỗi ý, căn cứ, kết quả kiểm tra, cách sửa; có "
                                "cả ý bị bỏ sót.</p>"
                            ),
                            (
                                "<p>Bản tóm tắt sau khi bạn sửa, và hai, ba câu nhận xét: AI giúp "
                                "được gì, bạn phải sửa những gì, lần sau bạn sẽ viết yêu cầu khác "
                                "đi thế nào.</p>"
                            ),
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Không thực hành trên tài liệu thật của cơ quan",
                        "text": (
                            "<p>Kể cả khi chỉ để luyện tập, không dùng báo cáo nội bộ, dự thảo hay "
                            "tài liệu hội nghị. Luyện tập với tài liệu thật là cách các thói quen "
                            "nguy hiểm bắt đầu. Văn bản công khai đủ phong phú để bạn rèn kỹ "
                            "năng.</p>"
                        ),
                    },
                ),
                (
                    "check",
                    {
                        "question": (
                            "Trong bài thực hành, bạn thấy bản tóm tắt do AI tạo ra không nhắc đến "
                            "phần kiến nghị của báo cáo gốc. Bạn ghi vào bảng đối chiếu thế nào?"
                        ),
                        "choices": [
                            {
                                "text": (
                                    "Không ghi gì, vì bảng đối chiếu chỉ dùng để kiểm tra từng câu "
                                    "đã có trong bản tóm tắt do AI tạo ra."
                                ),
                                "correct": False,
                                "feedback": (
                                    "Bảng đối chiếu phải kiểm tra cả hai chiều, gồm ý bị bỏ sót."
                                ),
                            },
                            {
                                "text": (
                                    "Thêm dòng “bỏ sót” kèm đoạn căn cứ, bổ sung kiến nghị vào bản "
                                    "đã sửa."
                                ),
                                "correct": True,
                                "feedback": "Đúng. Bỏ sót ý quan trọng cũng là một lỗi cần sửa.",
                            },
                            {
                                "text": "Yêu cầu AI viết lại toàn bộ bản tóm tắt, rồi nộp bản mới.",
                                "correct": False,
                                "feedback": (
                                    "Bản mới cũng phải được kiểm tra lại từ đầu; hãy ghi nhận và "
                                    "sửa lỗi đã phát hiện."
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
    ],
}
